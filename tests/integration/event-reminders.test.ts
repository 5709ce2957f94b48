import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { notifications, spaceEventRsvps, spaceEvents } from "@/db/schema";
import { sendDueEventReminders } from "@/lib/spaces/event-reminders";
import { createSpace } from "@/lib/spaces/mutations";
import { createUser, firstLocalityId, uniqueSuffix } from "../support/factories";

const HOUR = 60 * 60 * 1000;

async function eventIn(hours: number, now: Date) {
  const owner = await createUser({ verification: "verified" });
  const input = { name: `Begehung ${uniqueSuffix()}`, summary: "Schulweg", description: "Gemeinsam.", visibility: "public" as const, joinPolicy: "open" as const, localityIds: [await firstLocalityId()], topicIds: [], partnerDepartmentIds: [], partnerContacts: "" };
  const spaceId = await createSpace({ actorId: owner.id, input, partners: [] });
  const startsAt = new Date(now.getTime() + hours * HOUR);
  const [row] = await getDb()
    .insert(spaceEvents)
    .values({ spaceId, title: `Schulwegbegehung ${uniqueSuffix()}`, startsAt, endsAt: new Date(startsAt.getTime() + 2 * HOUR), place: "Schultor", description: "" })
    .returning({ id: spaceEvents.id });
  return row!.id;
}

const reminded = async (userIds: string[]) =>
  (await getDb().select({ userId: notifications.userId }).from(notifications).where(and(inArray(notifications.userId, userIds), eq(notifications.kind, "space_event_reminder")))).map((r) => r.userId);

describe("event reminders", () => {
  test("everyone with a place is reminded once, a day ahead; maybe, waiting and declined are not", async () => {
    // Far ahead, so other tests' events do not fall into the window of these runs.
    const now = new Date(Date.UTC(2090, 0, 10, 9));
    const soon = await eventIn(20, now);
    const later = await eventIn(30, now);
    const [yes1, yes2, maybe, waiting, no, laterYes] = await Promise.all(Array.from({ length: 6 }, () => createUser()));
    await getDb()
      .insert(spaceEventRsvps)
      .values([
        { eventId: soon, userId: yes1!.id, answer: "yes" },
        { eventId: soon, userId: yes2!.id, answer: "yes" },
        { eventId: soon, userId: maybe!.id, answer: "maybe" },
        { eventId: soon, userId: waiting!.id, answer: "waiting" },
        { eventId: soon, userId: no!.id, answer: "no" },
        { eventId: later, userId: laterYes!.id, answer: "yes" },
      ]);
    const everyone = [yes1!, yes2!, maybe!, waiting!, no!, laterYes!].map((u) => u.id);

    expect(await sendDueEventReminders(now)).toBeGreaterThanOrEqual(1);
    expect((await reminded(everyone)).sort()).toEqual([yes1!.id, yes2!.id].sort());
    // A second run (a retry, the next quarter of an hour) reminds nobody again.
    await sendDueEventReminders(new Date(now.getTime() + 15 * 60 * 1000));
    expect(await reminded(everyone)).toHaveLength(2);
    // Seven hours on, the later event is within the day.
    await sendDueEventReminders(new Date(now.getTime() + 7 * HOUR));
    expect((await reminded(everyone)).sort()).toEqual([yes1!.id, yes2!.id, laterYes!.id].sort());
  });
});
