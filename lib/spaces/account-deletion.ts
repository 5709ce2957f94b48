import "server-only";
import { and, asc, eq, gte, inArray, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { spaceEventRsvps, spaceEvents, spaceMembers, spaces } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/create";
import { moveUp } from "./events";

/**
 * Part of deleting an account: the person's places at events still to come are given up, and the
 * longest-waiting people move up for them, as if they had answered "no". Each event's row is locked,
 * as for an answer (lib/spaces/events.ts), so the event is never overbooked.
 */
export async function releaseEventPlacesOf(userId: string, tx: Transaction, now = new Date()) {
  const places = await tx
    .select({ eventId: spaceEventRsvps.eventId })
    .from(spaceEventRsvps)
    .innerJoin(spaceEvents, eq(spaceEvents.id, spaceEventRsvps.eventId))
    .where(and(eq(spaceEventRsvps.userId, userId), eq(spaceEventRsvps.answer, "yes"), gte(spaceEvents.endsAt, now)))
    .orderBy(asc(spaceEventRsvps.eventId));
  for (const { eventId } of places) {
    const [event] = await tx
      .select({ id: spaceEvents.id, spaceId: spaceEvents.spaceId, title: spaceEvents.title, capacity: spaceEvents.capacity })
      .from(spaceEvents)
      .where(eq(spaceEvents.id, eventId))
      .for("update");
    if (!event) continue;
    await tx.delete(spaceEventRsvps).where(and(eq(spaceEventRsvps.eventId, eventId), eq(spaceEventRsvps.userId, userId)));
    await moveUp(tx, event);
  }
}

/**
 * Part of deleting an account: each space the person owned passes to its longest-standing organiser,
 * or else its longest-standing member, who is told. A space with nobody left keeps no owner; its page
 * says so (components/spaces/space-page-body.tsx).
 */
export async function handOverSpacesOf(userId: string, tx: Transaction) {
  const owned = await tx
    .select({ spaceId: spaceMembers.spaceId, name: spaces.name })
    .from(spaceMembers)
    .innerJoin(spaces, eq(spaces.id, spaceMembers.spaceId))
    .where(and(eq(spaceMembers.userId, userId), eq(spaceMembers.membership, "owner")));
  for (const { spaceId, name } of owned) {
    const [heir] = await tx
      .select({ userId: spaceMembers.userId })
      .from(spaceMembers)
      .where(and(eq(spaceMembers.spaceId, spaceId), inArray(spaceMembers.membership, ["organiser", "member"]), sql`${spaceMembers.userId} <> ${userId}`))
      .orderBy(sql`case ${spaceMembers.membership} when 'organiser' then 0 else 1 end`, asc(spaceMembers.createdAt), asc(spaceMembers.userId))
      .limit(1)
      .for("update");
    if (!heir) continue;
    await tx.update(spaceMembers).set({ membership: "owner" }).where(and(eq(spaceMembers.spaceId, spaceId), eq(spaceMembers.userId, heir.userId)));
    await notify([{ userId: heir.userId, kind: "space_membership", data: { spaceId, change: "owner", message: "" }, thread: { key: `space:${spaceId}`, title: name } }], tx);
    await recordAudit({ actorId: userId, action: "space.ownership_transferred", targetType: "space", targetId: spaceId, details: { userId: heir.userId, reason: "owner_deleted" } }, tx);
  }
}
