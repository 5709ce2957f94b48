import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { spaceEventRsvps, spaceEvents } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/create";
import { fromDistrictLocalTime } from "@/lib/time/district-time";
import type { eventFormSchema } from "./schemas";
import type { z } from "zod";

export async function createEvent({ actorId, input }: { actorId: string; input: z.output<typeof eventFormSchema> }) {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .insert(spaceEvents)
      .values({
        spaceId: input.spaceId,
        createdById: actorId,
        title: input.title,
        startsAt: fromDistrictLocalTime(input.startsAt)!,
        endsAt: fromDistrictLocalTime(input.endsAt)!,
        place: input.place,
        localityId: input.localityId === "" ? null : input.localityId,
        description: input.description.trim(),
        capacity: input.capacity === "" ? null : input.capacity,
      })
      .returning({ id: spaceEvents.id });
    if (!row) throw new Error("event not stored");
    await recordAudit({ actorId, action: "space.event_created", targetType: "space_event", targetId: row.id, details: { spaceId: input.spaceId } }, tx);
    return row.id;
  });
}

const takenPlaces = async (tx: Transaction, eventId: string) => {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(spaceEventRsvps)
    .where(and(eq(spaceEventRsvps.eventId, eventId), eq(spaceEventRsvps.answer, "yes")));
  return row?.count ?? 0;
};

/** Moves the longest-waiting people up while places are free, and tells each of them. */
export async function moveUp(tx: Transaction, event: { id: string; spaceId: string; title: string; capacity: number | null }) {
  const free = event.capacity === null ? Number.MAX_SAFE_INTEGER : event.capacity - (await takenPlaces(tx, event.id));
  if (free <= 0) return;
  const next = await tx
    .select({ userId: spaceEventRsvps.userId })
    .from(spaceEventRsvps)
    .where(and(eq(spaceEventRsvps.eventId, event.id), eq(spaceEventRsvps.answer, "waiting")))
    .orderBy(asc(spaceEventRsvps.createdAt), asc(spaceEventRsvps.userId))
    .limit(Math.min(free, 1000));
  for (const { userId } of next) {
    await tx.update(spaceEventRsvps).set({ answer: "yes" }).where(and(eq(spaceEventRsvps.eventId, event.id), eq(spaceEventRsvps.userId, userId)));
  }
  await notify(
    next.map(({ userId }) => ({
      userId,
      kind: "space_event_place" as const,
      data: { spaceId: event.spaceId, eventId: event.id },
      thread: { key: `space-event:${event.id}`, title: event.title },
    })),
    tx,
  );
}

/**
 * An answer to an event. "yes" takes a place when one is free, else puts the person on the waiting
 * list (keeping their place in it if they were already waiting); giving up a place moves the next
 * person up. The event's row is locked (SELECT … FOR UPDATE) for the whole decision, so concurrent
 * answers are taken one after another and the event is never overbooked.
 */
export async function answerEvent({ eventId, userId, answer, showName }: { eventId: string; userId: string; answer: "yes" | "maybe" | "no"; showName: boolean }) {
  return getDb().transaction(async (tx) => {
    const [event] = await tx
      .select({ id: spaceEvents.id, spaceId: spaceEvents.spaceId, title: spaceEvents.title, capacity: spaceEvents.capacity })
      .from(spaceEvents)
      .where(eq(spaceEvents.id, eventId))
      .for("update");
    if (!event) return null;
    const [current] = await tx
      .select({ answer: spaceEventRsvps.answer })
      .from(spaceEventRsvps)
      .where(and(eq(spaceEventRsvps.eventId, eventId), eq(spaceEventRsvps.userId, userId)));
    let result: "yes" | "maybe" | "no" | "waiting" = answer;
    if (answer === "yes") {
      if (current?.answer === "yes" || current?.answer === "waiting") result = current.answer;
      else if (event.capacity !== null && (await takenPlaces(tx, eventId)) >= event.capacity) result = "waiting";
    }
    const keepsTime = current && current.answer === result;
    await tx
      .insert(spaceEventRsvps)
      .values({ eventId, userId, answer: result, showName })
      .onConflictDoUpdate({
        target: [spaceEventRsvps.eventId, spaceEventRsvps.userId],
        set: keepsTime ? { showName } : { answer: result, showName, createdAt: new Date() },
      });
    if (current?.answer === "yes" && result !== "yes") await moveUp(tx, event);
    return result;
  });
}
