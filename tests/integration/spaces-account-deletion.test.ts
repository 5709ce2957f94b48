import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { notifications, spaceEventRsvps, spaceMembers } from "@/db/schema";
import { deleteAccount } from "@/lib/privacy/delete-account";
import { answerEvent, createEvent } from "@/lib/spaces/events";
import { changeMemberRole, createSpace, joinSpace } from "@/lib/spaces/mutations";
import { getSpace } from "@/lib/spaces/queries";
import { toDistrictLocalTime } from "@/lib/time/district-time";
import { createUser, firstLocalityId, uniqueSuffix } from "../support/factories";

async function newSpace(ownerId: string) {
  return createSpace({
    actorId: ownerId,
    input: { name: `Kiezgarten ${uniqueSuffix()}`, summary: "Beete am Hof", description: "Wir gärtnern.", visibility: "public", joinPolicy: "open", localityIds: [await firstLocalityId()], topicIds: [], partnerDepartmentIds: [], partnerContacts: "" },
    partners: [],
  });
}

const roles = async (spaceId: string) => {
  const rows = await getDb().select({ userId: spaceMembers.userId, membership: spaceMembers.membership }).from(spaceMembers).where(eq(spaceMembers.spaceId, spaceId));
  return new Map(rows.map((row) => [row.userId, row.membership]));
};

const kindsFor = async (userId: string) =>
  (await getDb().select({ kind: notifications.kind, data: notifications.data }).from(notifications).where(eq(notifications.userId, userId))).map((row) => ({ kind: row.kind, data: row.data }));

describe("deleting a member's account, for their spaces", () => {
  test("a space passes to its longest-standing organiser before any longer-standing member, who is told", async () => {
    const owner = await createUser({ verification: "verified" });
    const earlyMember = await createUser();
    const organiser = await createUser();
    const spaceId = await newSpace(owner.id);
    await joinSpace({ spaceId, userId: earlyMember.id });
    await joinSpace({ spaceId, userId: organiser.id });
    await changeMemberRole({ actorId: owner.id, spaceId, userId: organiser.id, role: "organiser" });

    expect(await deleteAccount({ userId: owner.id, deleteComments: false })).toBe(true);
    const after = await roles(spaceId);
    expect(after.get(organiser.id)).toBe("owner");
    expect(after.get(earlyMember.id)).toBe("member");
    expect(after.has(owner.id)).toBe(false);
    expect(await kindsFor(organiser.id)).toContainEqual({ kind: "space_membership", data: { spaceId, change: "owner", message: "" } });
  });

  test("without organisers the longest-standing member takes over; with nobody left the space has no owner and no members", async () => {
    const owner = await createUser({ verification: "verified" });
    const first = await createUser();
    const second = await createUser();
    const spaceId = await newSpace(owner.id);
    await joinSpace({ spaceId, userId: first.id });
    await joinSpace({ spaceId, userId: second.id });
    await deleteAccount({ userId: owner.id, deleteComments: false });
    expect((await roles(spaceId)).get(first.id)).toBe("owner");

    const lonely = await createUser({ verification: "verified" });
    const alone = await newSpace(lonely.id);
    await deleteAccount({ userId: lonely.id, deleteComments: false });
    expect((await roles(alone)).size).toBe(0);
    expect((await getSpace(alone, null))?.memberCount).toBe(0);
  });
});

describe("deleting a member's account, for events", () => {
  test("their place at a full event goes to the first on the waiting list, who is told", async () => {
    const owner = await createUser({ verification: "verified" });
    const leaving = await createUser();
    const waiting = await createUser();
    const spaceId = await newSpace(owner.id);
    const start = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000);
    const eventId = await createEvent({
      actorId: owner.id,
      input: { spaceId, title: "Pflanztag", startsAt: toDistrictLocalTime(start), endsAt: toDistrictLocalTime(new Date(start.getTime() + 3_600_000)), place: "Hof", localityId: "", description: "", capacity: 1 },
    });
    expect(await answerEvent({ eventId, userId: leaving.id, answer: "yes", showName: false })).toBe("yes");
    expect(await answerEvent({ eventId, userId: waiting.id, answer: "yes", showName: false })).toBe("waiting");

    await deleteAccount({ userId: leaving.id, deleteComments: false });
    const [moved] = await getDb()
      .select({ answer: spaceEventRsvps.answer })
      .from(spaceEventRsvps)
      .where(and(eq(spaceEventRsvps.eventId, eventId), eq(spaceEventRsvps.userId, waiting.id)));
    expect(moved?.answer).toBe("yes");
    expect(await kindsFor(waiting.id)).toContainEqual({ kind: "space_event_place", data: { spaceId, eventId } });
  });
});
