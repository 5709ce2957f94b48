import "server-only";
import { concernInboxItemPath, concernPath } from "@/lib/concerns/paths";
import { loadConcernFacts } from "@/lib/concerns/queries";
import { can } from "@/lib/policy";
import type { UploadOwnerAdapter } from "./types";

/**
 * Photos and documents of a concern: public with a public concern; a private concern's only for its
 * author and the staff responsible for it ("concern.read"). Its author adds and removes them.
 */
export const concernOwner: UploadOwnerAdapter = {
  async loadFacts(ownerId, actor) {
    const facts = await loadConcernFacts(ownerId, actor?.id);
    if (!facts) return null;
    return {
      public: facts.concern.visibility === "public",
      visibleToActor: can(actor, "concern.read", facts),
      editableByActor: can(actor, "concern.attach", facts),
    };
  },
  paths: (ownerId) => [concernPath(ownerId), concernInboxItemPath(ownerId)],
};
