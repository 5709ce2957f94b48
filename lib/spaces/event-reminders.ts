import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { spaceEventRsvps, spaceEvents, users } from "@/db/schema";
import { notify } from "@/lib/notifications/create";

const HOUR = 60 * 60 * 1000;
/** How long before an event its attendees are reminded. */
export const REMINDER_HOURS = 24;
/** Events reminded per run; the job runs every quarter of an hour. */
const BATCH = 200;

/**
 * Reminds everyone with a place ("yes") of the events that begin within the next 24 hours, once per
 * event, through notify() (so each person's choice for "space_event_reminder" holds): marking and
 * notifying commit together, so a retried run reminds nobody twice. An event created less than a day
 * ahead is reminded at the next run.
 */
export async function sendDueEventReminders(now = new Date()): Promise<number> {
  const until = new Date(now.getTime() + REMINDER_HOURS * HOUR);
  return getDb().transaction(async (tx) => {
    const due = await tx
      .update(spaceEvents)
      .set({ reminderSentAt: now })
      .where(
        sql`${spaceEvents.id} in (select id from space_events where reminder_sent_at is null and starts_at > ${now.toISOString()}::timestamptz and starts_at <= ${until.toISOString()}::timestamptz order by starts_at limit ${BATCH})`,
      )
      .returning({ id: spaceEvents.id, spaceId: spaceEvents.spaceId, title: spaceEvents.title, startsAt: spaceEvents.startsAt });
    if (due.length === 0) return 0;
    const attendees = await tx
      .select({ eventId: spaceEventRsvps.eventId, userId: spaceEventRsvps.userId })
      .from(spaceEventRsvps)
      .innerJoin(users, eq(users.id, spaceEventRsvps.userId))
      .where(and(inArray(spaceEventRsvps.eventId, due.map((e) => e.id)), eq(spaceEventRsvps.answer, "yes"), eq(users.status, "active")));
    const byId = new Map(due.map((e) => [e.id, e]));
    await notify(
      attendees.map(({ eventId, userId }) => {
        const event = byId.get(eventId)!;
        return {
          userId,
          kind: "space_event_reminder" as const,
          data: { spaceId: event.spaceId, eventId, startsAt: event.startsAt.toISOString() },
          thread: { key: `space-event:${eventId}`, title: event.title },
        };
      }),
      tx,
    );
    return due.length;
  });
}
