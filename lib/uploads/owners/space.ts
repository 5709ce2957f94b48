import "server-only";
import { can } from "@/lib/policy";
import { editSpacePath, spacePath } from "@/lib/spaces/paths";
import { loadSpaceFacts } from "@/lib/spaces/queries";
import type { UploadOwnerAdapter } from "./types";

/**
 * A space's pictures and flyers: public with a public space; a members' space's for members; a private
 * space's for its own members only ("space.read") — not public by URL. Its organisers change them.
 */
export const spaceOwner: UploadOwnerAdapter = {
  async loadFacts(ownerId, actor) {
    const facts = await loadSpaceFacts(ownerId, actor?.id ?? null);
    if (!facts) return null;
    return { public: facts.space.visibility === "public", visibleToActor: can(actor, "space.read", facts), editableByActor: can(actor, "space.edit", facts) };
  },
  paths: (ownerId) => [spacePath(ownerId), editSpacePath(ownerId)],
};
