import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { spaceEvents } from "@/db/schema";
import { can } from "@/lib/policy";
import { spaceEventPath, spacePath } from "@/lib/spaces/paths";
import { loadSpaceFacts } from "@/lib/spaces/queries";
import type { UploadOwnerAdapter } from "./types";

const spaceOf = async (eventId: string) => {
  const [row] = await getDb().select({ spaceId: spaceEvents.spaceId }).from(spaceEvents).where(eq(spaceEvents.id, eventId));
  return row?.spaceId ?? null;
};

/** An event's flyer or photo: seen by whoever reads its space ("space.read"), changed by those who manage its events. */
export const spaceEventOwner: UploadOwnerAdapter = {
  async loadFacts(ownerId, actor) {
    const spaceId = await spaceOf(ownerId);
    const facts = spaceId && (await loadSpaceFacts(spaceId, actor?.id ?? null));
    if (!facts) return null;
    return { public: facts.space.visibility === "public", visibleToActor: can(actor, "space.read", facts), editableByActor: can(actor, "space.event.manage", facts) };
  },
  async paths(ownerId) {
    const spaceId = await spaceOf(ownerId);
    return spaceId ? [spacePath(spaceId), spaceEventPath(spaceId, ownerId)] : [];
  },
};
