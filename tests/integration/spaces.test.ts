import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { notifications, spaceEventRsvps } from "@/db/schema";
import { can } from "@/lib/policy";
import { answerEvent, createEvent } from "@/lib/spaces/events";
import { createSpace, decideRequest, joinSpace, requestToJoin } from "@/lib/spaces/mutations";
import { getSpace, getSpaceEvent, listSpaceEvents, listSpaces, listSpaceStream, loadSpaceFacts } from "@/lib/spaces/queries";
import { createPost, hidePostAsOrganiser } from "@/lib/spaces/stream";
import { toDistrictLocalTime } from "@/lib/time/district-time";
import { createUser, firstLocalityId, uniqueSuffix } from "../support/factories";

const DAY = 24 * 60 * 60 * 1000;

async function newSpace(ownerId: string, facts: { visibility?: "public" | "members" | "private"; joinPolicy?: "open" | "request" | "invitation" } = {}) {
  const input = {
    name: `Schulweg ${uniqueSuffix()}`,
    summary: "Sichere Schulwege",
    description: "Wir gehen **gemeinsam**.<script>alert(1)</script>",
    visibility: facts.visibility ?? "public",
    joinPolicy: facts.joinPolicy ?? "open",
    localityIds: [await firstLocalityId()],
    topicIds: [],
    partnerDepartmentIds: [],
    partnerContacts: "",
  };
  return createSpace({ actorId: ownerId, input, partners: [] });
}

async function newEvent(ownerId: string, spaceId: string, capacity: number | "") {
  const start = new Date(Date.now() + 2 * DAY);
  return createEvent({
    actorId: ownerId,
    input: {
      spaceId,
      title: "Schulwegbegehung",
      startsAt: toDistrictLocalTime(start),
      endsAt: toDistrictLocalTime(new Date(start.getTime() + 2 * 60 * 60 * 1000)),
      place: "Haupteingang",
      localityId: "",
      description: "",
      capacity,
    },
  });
}

const answers = async (eventId: string) => {
  const rows = await getDb().select({ userId: spaceEventRsvps.userId, answer: spaceEventRsvps.answer }).from(spaceEventRsvps).where(eq(spaceEventRsvps.eventId, eventId));
  return new Map(rows.map((r) => [r.userId, r.answer]));
};

describe("spaces", () => {
  test("the creator owns the space; the description is sanitised like an announcement", async () => {
    const owner = await createUser({ verification: "verified" });
    const id = await newSpace(owner.id);
    const space = await getSpace(id, owner.id);
    expect(space?.membership).toBe("owner");
    expect(space?.descriptionHtml).toContain("<strong>gemeinsam</strong>");
    expect(space?.descriptionHtml).not.toContain("<script>");
  });

  test("a private space is invisible to non-members: not listed, its page and stream not readable", async () => {
    const owner = await createUser({ verification: "verified" });
    const outsider = await createUser({ verification: "verified" });
    const id = await newSpace(owner.id, { visibility: "private", joinPolicy: "invitation" });
    await createPost({ spaceId: id, authorId: owner.id, body: "Geheimer Plan" });

    const outsiderFacts = await loadSpaceFacts(id, outsider.id);
    const actor = { id: outsider.id, role: outsider.role, verification: outsider.verification, status: outsider.status, suspendedUntil: null, profileComplete: true };
    expect(can(actor, "space.read", outsiderFacts!)).toBe(false);
    expect(can(actor, "space.requestJoin", outsiderFacts!)).toBe(false);
    expect((await listSpaces({ viewerId: outsider.id, limit: 500 })).items.map((s) => s.id)).not.toContain(id);
    expect((await listSpaces({ viewerId: null, limit: 500 })).items.map((s) => s.id)).not.toContain(id);
    expect((await listSpaces({ viewerId: owner.id, limit: 500 })).items.map((s) => s.id)).toContain(id);
    // Nobody outside hears of its posts either.
    const told = await getDb().select().from(notifications).where(and(eq(notifications.userId, outsider.id), eq(notifications.kind, "space_post")));
    expect(told).toEqual([]);
  });

  test("a request is approved by an organiser, and the person is told with the organiser's message", async () => {
    const owner = await createUser({ verification: "verified" });
    const resident = await createUser();
    const id = await newSpace(owner.id, { joinPolicy: "request" });
    expect(await requestToJoin({ spaceId: id, userId: resident.id, message: "Ich habe zwei Kinder an der Schule." })).toBe(true);
    expect((await loadSpaceFacts(id, resident.id))?.space.membership).toBe("requested");
    const ownerTold = await getDb().select().from(notifications).where(and(eq(notifications.userId, owner.id), eq(notifications.kind, "space_membership")));
    expect(ownerTold).toHaveLength(1);

    expect(await decideRequest({ actorId: owner.id, spaceId: id, userId: resident.id, approve: true, message: "Willkommen!" })).toBe(true);
    expect((await loadSpaceFacts(id, resident.id))?.space.membership).toBe("member");
    const [told] = await getDb().select().from(notifications).where(and(eq(notifications.userId, resident.id), eq(notifications.kind, "space_membership")));
    expect(told?.data).toMatchObject({ change: "approved", message: "Willkommen!" });
  });

  test("a post hidden by an organiser leaves the stream", async () => {
    const owner = await createUser({ verification: "verified" });
    const member = await createUser();
    const id = await newSpace(owner.id);
    await joinSpace({ spaceId: id, userId: member.id });
    const postId = await createPost({ spaceId: id, authorId: member.id, body: "Werbung für meinen Laden" });
    expect((await listSpaceStream(id)).items.map((p) => p.id)).toContain(postId);
    expect(await hidePostAsOrganiser({ actorId: owner.id, spaceId: id, postId })).toBe(true);
    expect((await listSpaceStream(id)).items.map((p) => p.id)).not.toContain(postId);
  });

  test("concurrent sign-ups never overbook; the waiting list moves up in order when someone declines", async () => {
    const owner = await createUser({ verification: "verified" });
    const id = await newSpace(owner.id);
    const eventId = await newEvent(owner.id, id, 3);
    const people = await Promise.all(Array.from({ length: 8 }, () => createUser()));

    const results = await Promise.all(people.map((p) => answerEvent({ eventId, userId: p.id, answer: "yes", showName: false })));
    expect(results.filter((r) => r === "yes")).toHaveLength(3);
    expect(results.filter((r) => r === "waiting")).toHaveLength(5);

    const event = await getSpaceEvent(id, eventId, null);
    expect(event).toMatchObject({ taken: 3, waiting: 5, capacity: 3 });
    expect((await listSpaceEvents(id, people[0]!.id)).find((e) => e.id === eventId)).toMatchObject({ taken: 3, waiting: 5 });

    // Two attendees decline at the same time: exactly two waiting people move up, and are told.
    const before = await answers(eventId);
    const attendees = people.filter((p) => before.get(p.id) === "yes");
    await Promise.all(attendees.slice(0, 2).map((p) => answerEvent({ eventId, userId: p.id, answer: "no", showName: false })));
    const after = await answers(eventId);
    expect([...after.values()].filter((a) => a === "yes")).toHaveLength(3);
    expect([...after.values()].filter((a) => a === "waiting")).toHaveLength(3);
    const movedUp = people.filter((p) => before.get(p.id) === "waiting" && after.get(p.id) === "yes");
    expect(movedUp).toHaveLength(2);
    for (const person of movedUp) {
      const told = await getDb().select().from(notifications).where(and(eq(notifications.userId, person.id), eq(notifications.kind, "space_event_place")));
      expect(told).toHaveLength(1);
    }
  });

  test("the first on the waiting list is the first to move up, and a waiting person keeps their place when answering yes again", async () => {
    const owner = await createUser({ verification: "verified" });
    const id = await newSpace(owner.id);
    const eventId = await newEvent(owner.id, id, 1);
    const [first, second, third] = await Promise.all([createUser(), createUser(), createUser()]);
    expect(await answerEvent({ eventId, userId: first!.id, answer: "yes", showName: true })).toBe("yes");
    expect(await answerEvent({ eventId, userId: second!.id, answer: "yes", showName: false })).toBe("waiting");
    expect(await answerEvent({ eventId, userId: third!.id, answer: "yes", showName: false })).toBe("waiting");
    expect(await answerEvent({ eventId, userId: second!.id, answer: "yes", showName: true })).toBe("waiting");
    expect((await getSpaceEvent(id, eventId, second!.id))?.waitingPosition).toBe(1);
    expect((await getSpaceEvent(id, eventId, null))?.namedAttendees).toEqual([first!.displayName]);

    await answerEvent({ eventId, userId: first!.id, answer: "no", showName: true });
    const after = await answers(eventId);
    expect(after.get(second!.id)).toBe("yes");
    expect(after.get(third!.id)).toBe("waiting");
  });
});
