import { eq, ne } from "drizzle-orm";
import ICAL from "ical.js";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { getDb } from "@/db/client";
import { localities, spaceEventRsvps, spaces, users } from "@/db/schema";
import { createCalendarLinkAction, revokeCalendarLinkAction } from "@/lib/spaces/calendar/actions";
import { districtCalendarResponse, eventCalendarResponse, personalCalendarResponse, spaceCalendarResponse } from "@/lib/spaces/calendar/responses";
import { answerEvent, createEvent } from "@/lib/spaces/events";
import { createSpace, joinSpace, leaveSpace } from "@/lib/spaces/mutations";
import { toDistrictLocalTime } from "@/lib/time/district-time";
import { DISTRICT_TIME_ZONE } from "@/lib/time/zone";
import { firstLocalityId, uniqueSuffix } from "../support/factories";
import { createActor } from "../support/moderation-factory";

// The routes read the session cookie (an .ics from the event page) and the language cookie; here both are the test's.
const cookie = vi.hoisted(() => ({ session: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name.includes("session-token") && cookie.session ? { value: cookie.session } : undefined) }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

beforeEach(() => {
  cookie.session = undefined;
});

const DAY = 24 * 60 * 60 * 1000;
type Visibility = "public" | "members" | "private";

async function newSpace(ownerId: string, visibility: Visibility = "public") {
  const input = {
    name: `Kiezgarten ${uniqueSuffix()}`,
    summary: "Wir gärtnern zusammen",
    description: "Beete am Ufer",
    visibility,
    joinPolicy: visibility === "private" ? ("invitation" as const) : ("open" as const),
    localityIds: [await firstLocalityId()],
    topicIds: [],
    partnerDepartmentIds: [],
    partnerContacts: "",
  };
  return createSpace({ actorId: ownerId, input, partners: [] });
}

/** An event from district wall-clock times ("2031-05-12T16:00"), as the form enters them. */
async function newEvent(ownerId: string, spaceId: string, { title = "Pflanztag", startsAt, endsAt, capacity = "" }: { title?: string; startsAt: string; endsAt: string; capacity?: number | "" }) {
  return createEvent({
    actorId: ownerId,
    input: { spaceId, title, startsAt, endsAt, place: "Gemeinschaftsgarten, Tor 2", localityId: await firstLocalityId(), description: "Bitte Handschuhe mitbringen.", capacity },
  });
}

/** An event `days` from now (negative: in the past), two hours long. */
const inDays = (days: number) => {
  const start = new Date(Date.now() + days * DAY);
  return { startsAt: toDistrictLocalTime(start), endsAt: toDistrictLocalTime(new Date(start.getTime() + 2 * 60 * 60 * 1000)) };
};

/** The VEVENTs of a response, parsed by ical.js (an independent reader of RFC 5545). */
async function eventsOf(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  expect(calendar.name).toBe("vcalendar");
  return calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, summary: event.summary, location: event.location, description: event.description, url: vevent.getFirstPropertyValue("url"), start: event.startDate.toJSDate(), end: event.endDate.toJSDate() };
  });
}

const berlinClock = (date: Date) => new Intl.DateTimeFormat("de-DE", { timeZone: DISTRICT_TIME_ZONE, dateStyle: "short", timeStyle: "short" }).format(date);
const tokenOf = (url: string) => new URL(url).pathname.split("/").pop()!.replace(/\.ics$/, "");

async function createLink(token: string) {
  cookie.session = token;
  const result = await createCalendarLinkAction({});
  cookie.session = undefined;
  if (!result.ok) throw new Error(`no link: ${result.error}`);
  return result.data.url;
}

describe("an event as an .ics file", () => {
  test("parses, carries the event page's URL on the public origin, and starts at the Berlin time entered, in summer and in winter", async () => {
    const owner = await createActor({ verification: "verified" });
    const spaceId = await newSpace(owner.user.id);
    const summer = await newEvent(owner.user.id, spaceId, { startsAt: "2031-05-12T16:00", endsAt: "2031-05-12T18:00" });
    const winter = await newEvent(owner.user.id, spaceId, { title: "Winterschnitt", startsAt: "2031-01-15T18:30", endsAt: "2031-01-15T20:00" });

    const [event] = await eventsOf(await eventCalendarResponse(spaceId, summer));
    expect(event).toMatchObject({ summary: "Pflanztag", location: expect.stringContaining("Gemeinschaftsgarten, Tor 2") });
    expect(event!.uid).toBe(`space-event-${summer}@kiezwerk.test`);
    expect(event!.url).toBe(`https://kiezwerk.test/projekte/${spaceId}/termine/${summer}`);
    expect(event!.description).toContain("Bitte Handschuhe mitbringen.");
    expect(event!.start.toISOString()).toBe("2031-05-12T14:00:00.000Z");
    expect(berlinClock(event!.start)).toBe("12.05.31, 16:00");
    expect(berlinClock(event!.end)).toBe("12.05.31, 18:00");

    const [cold] = await eventsOf(await eventCalendarResponse(spaceId, winter));
    expect(cold!.start.toISOString()).toBe("2031-01-15T17:30:00.000Z");
    expect(berlinClock(cold!.start)).toBe("15.01.31, 18:30");
  });

  test("only for those who may read the event: a private space's event is 404 for visitors and outsiders, a members' space's for visitors", async () => {
    const owner = await createActor({ verification: "verified" });
    const outsider = await createActor();
    const member = await createActor();
    const secret = await newSpace(owner.user.id, "private");
    await joinSpace({ spaceId: secret, userId: member.user.id });
    const secretEvent = await newEvent(owner.user.id, secret, inDays(3));
    const forMembers = await newSpace(owner.user.id, "members");
    const membersEvent = await newEvent(owner.user.id, forMembers, inDays(3));

    expect((await eventCalendarResponse(secret, secretEvent)).status).toBe(404);
    cookie.session = outsider.token;
    expect((await eventCalendarResponse(secret, secretEvent)).status).toBe(404);
    expect(await eventsOf(await eventCalendarResponse(forMembers, membersEvent))).toHaveLength(1);
    cookie.session = member.token;
    const response = await eventCalendarResponse(secret, secretEvent);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await eventsOf(response)).toHaveLength(1);
    cookie.session = undefined;
    expect((await eventCalendarResponse(forMembers, membersEvent)).status).toBe(404);
    // An event asked for under another space is not found either.
    expect((await eventCalendarResponse(forMembers, secretEvent)).status).toBe(404);
  });
});

describe("a space's calendar", () => {
  test("a public space's coming and recent events, not older ones; 404 for spaces that are not public", async () => {
    const owner = await createActor({ verification: "verified" });
    const spaceId = await newSpace(owner.user.id);
    const coming = await newEvent(owner.user.id, spaceId, { title: "Bald", ...inDays(5) });
    const recent = await newEvent(owner.user.id, spaceId, { title: "Neulich", ...inDays(-10) });
    await newEvent(owner.user.id, spaceId, { title: "Lange her", ...inDays(-40) });

    const events = await eventsOf(await spaceCalendarResponse(spaceId));
    expect(events.map((e) => e.summary)).toEqual(["Neulich", "Bald"]);
    expect(events.map((e) => e.url)).toEqual([recent, coming].map((id) => `https://kiezwerk.test/projekte/${spaceId}/termine/${id}`));

    for (const visibility of ["members", "private"] as const) {
      const closed = await newSpace(owner.user.id, visibility);
      await newEvent(owner.user.id, closed, inDays(5));
      expect((await spaceCalendarResponse(closed)).status).toBe(404);
    }
    // A space that turns private closes its calendar at once.
    await getDb().update(spaces).set({ visibility: "private" }).where(eq(spaces.id, spaceId));
    expect((await spaceCalendarResponse(spaceId)).status).toBe(404);
  });
});

describe("the district calendar as a file", () => {
  test("public spaces' recent and coming events, filtered by locality; never a members' or private space's", async () => {
    const owner = await createActor({ verification: "verified" });
    const suffix = uniqueSuffix();
    const open = await newSpace(owner.user.id);
    await newEvent(owner.user.id, open, { title: `Laubharken ${suffix}`, ...inDays(3) });
    await newEvent(owner.user.id, open, { title: `Pflanztag ${suffix}`, ...inDays(-20) });
    await newEvent(owner.user.id, open, { title: `Lange her ${suffix}`, ...inDays(-40) });
    for (const visibility of ["members", "private"] as const) {
      await newEvent(owner.user.id, await newSpace(owner.user.id, visibility), { title: `Intern ${visibility} ${suffix}`, ...inDays(3) });
    }
    const ours = (events: Array<{ summary: string }>) => events.map((e) => e.summary).filter((title) => title.endsWith(suffix));

    const localityId = await firstLocalityId();
    const response = await districtCalendarResponse({ localityId });
    expect(response.headers.get("content-disposition")).toContain("termine.ics");
    expect(ours(await eventsOf(response))).toEqual([`Pflanztag ${suffix}`, `Laubharken ${suffix}`]);
    const [elsewhere] = await getDb().select({ id: localities.id }).from(localities).where(ne(localities.id, localityId)).limit(1);
    expect(ours(await eventsOf(await districtCalendarResponse({ localityId: elsewhere!.id })))).toEqual([]);
  });
});

describe("Meine Termine at a secret link", () => {
  test("lists what the person said yes or maybe to or waits for, the waiting list marked; not what they declined", async () => {
    const owner = await createActor({ verification: "verified" });
    const person = await createActor();
    const other = await createActor();
    const spaceId = await newSpace(owner.user.id);
    const yes = await newEvent(owner.user.id, spaceId, { title: "Zusage", ...inDays(2) });
    const maybe = await newEvent(owner.user.id, spaceId, { title: "Vielleicht", ...inDays(3) });
    const full = await newEvent(owner.user.id, spaceId, { title: "Ausgebucht", ...inDays(4), capacity: 1 });
    const declined = await newEvent(owner.user.id, spaceId, { title: "Abgesagt", ...inDays(5) });
    await answerEvent({ eventId: yes, userId: person.user.id, answer: "yes", showName: false });
    await answerEvent({ eventId: maybe, userId: person.user.id, answer: "maybe", showName: false });
    await answerEvent({ eventId: full, userId: other.user.id, answer: "yes", showName: false });
    expect(await answerEvent({ eventId: full, userId: person.user.id, answer: "yes", showName: false })).toBe("waiting");
    await answerEvent({ eventId: declined, userId: person.user.id, answer: "no", showName: false });

    const url = await createLink(person.token);
    expect(url).toMatch(/^https:\/\/kiezwerk\.test\/kalender\/[A-Za-z0-9_-]{43}\.ics$/);
    const response = await personalCalendarResponse(`${tokenOf(url)}.ics`);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const events = await eventsOf(response);
    expect(events.map((e) => e.summary)).toEqual(["Zusage", "Vielleicht (vielleicht)", "Ausgebucht (Warteliste)"]);
    expect(events[0]!.url).toBe(`https://kiezwerk.test/projekte/${spaceId}/termine/${yes}`);
  });

  test("a private space's event is there only while the person is a member; someone outside never sees it", async () => {
    const owner = await createActor({ verification: "verified" });
    const person = await createActor();
    const outsider = await createActor();
    const secret = await newSpace(owner.user.id, "private");
    await joinSpace({ spaceId: secret, userId: person.user.id });
    const eventId = await newEvent(owner.user.id, secret, { title: "Geheimes Treffen", ...inDays(2) });
    await answerEvent({ eventId, userId: person.user.id, answer: "yes", showName: false });
    // An answer left from before the space was closed to them (or written past the rules): still not shown.
    await getDb().insert(spaceEventRsvps).values({ eventId, userId: outsider.user.id, answer: "yes" });

    const personsFeed = `${tokenOf(await createLink(person.token))}.ics`;
    const outsidersFeed = `${tokenOf(await createLink(outsider.token))}.ics`;
    expect((await eventsOf(await personalCalendarResponse(personsFeed))).map((e) => e.summary)).toEqual(["Geheimes Treffen"]);
    expect(await eventsOf(await personalCalendarResponse(outsidersFeed))).toEqual([]);

    expect(await leaveSpace({ spaceId: secret, userId: person.user.id })).toBe(true);
    expect(await eventsOf(await personalCalendarResponse(personsFeed))).toEqual([]);
  });

  test("a suspended account's feed keeps only public spaces' events (what a visitor may read)", async () => {
    const owner = await createActor({ verification: "verified" });
    const person = await createActor();
    const open = await newSpace(owner.user.id);
    const forMembers = await newSpace(owner.user.id, "members");
    const openEvent = await newEvent(owner.user.id, open, { title: "Offen", ...inDays(2) });
    const membersEvent = await newEvent(owner.user.id, forMembers, { title: "Nur Mitglieder", ...inDays(3) });
    await answerEvent({ eventId: openEvent, userId: person.user.id, answer: "yes", showName: false });
    await answerEvent({ eventId: membersEvent, userId: person.user.id, answer: "yes", showName: false });
    const feed = `${tokenOf(await createLink(person.token))}.ics`;
    expect((await eventsOf(await personalCalendarResponse(feed))).map((e) => e.summary)).toEqual(["Offen", "Nur Mitglieder"]);

    await getDb().update(users).set({ status: "suspended", suspendedUntil: new Date(Date.now() + 7 * DAY) }).where(eq(users.id, person.user.id));
    expect((await eventsOf(await personalCalendarResponse(feed))).map((e) => e.summary)).toEqual(["Offen"]);
  });

  test("a revoked link finds nothing; a new link replaces the old one; a made-up token finds nothing", async () => {
    const person = await createActor();
    const first = `${tokenOf(await createLink(person.token))}.ics`;
    expect((await personalCalendarResponse(first)).status).toBe(200);

    const second = `${tokenOf(await createLink(person.token))}.ics`;
    expect(second).not.toBe(first);
    expect((await personalCalendarResponse(first)).status).toBe(404);
    expect((await personalCalendarResponse(second)).status).toBe(200);

    cookie.session = person.token;
    expect((await revokeCalendarLinkAction({})).ok).toBe(true);
    cookie.session = undefined;
    expect((await personalCalendarResponse(second)).status).toBe(404);

    expect((await personalCalendarResponse(second.replace(".ics", ""))).status).toBe(404);
    expect((await personalCalendarResponse(`${"A".repeat(43)}.ics`)).status).toBe(404);
    expect((await personalCalendarResponse("../../etc.ics")).status).toBe(404);
  });

  test("creating a link needs a signed-in member", async () => {
    expect(await createCalendarLinkAction({})).toMatchObject({ ok: false, error: "unauthenticated" });
  });
});
