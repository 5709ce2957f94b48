import "server-only";
import { and, asc, eq, gte, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { calendarFeeds, districtSettings, localities, spaceEventRsvps, spaceEvents, spaces, users } from "@/db/schema";
import { isProfileComplete } from "@/lib/auth/session-lookup";
import { isMember, type Actor } from "@/lib/policy";
import { districtEventFilters } from "../district-calendar";
import { readableSpaces } from "../queries";

/** A calendar carries the coming events and those of the last 30 days (so a past meeting is not lost at once). */
export const CALENDAR_PAST_DAYS = 30;
/** At most this many events in one calendar: the soonest. */
export const CALENDAR_LENGTH = 200;

const DAY_MS = 24 * 60 * 60 * 1000;
const calendarWindow = (now: Date) => gte(spaceEvents.endsAt, new Date(now.getTime() - CALENDAR_PAST_DAYS * DAY_MS));

export interface CalendarEvent {
  id: string;
  spaceId: string;
  spaceName: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  localityName: string | null;
  description: string;
  createdAt: Date;
}

const eventColumns = {
  id: spaceEvents.id,
  spaceId: spaceEvents.spaceId,
  spaceName: spaces.name,
  title: spaceEvents.title,
  startsAt: spaceEvents.startsAt,
  endsAt: spaceEvents.endsAt,
  place: spaceEvents.place,
  localityName: localities.name,
  description: spaceEvents.description,
  createdAt: spaceEvents.createdAt,
};

/** One event of a space, whoever asks: the caller decides with "space.read" whether it may be shown. */
export async function getCalendarEvent(spaceId: string, eventId: string): Promise<CalendarEvent | null> {
  const [row] = await getDb()
    .select(eventColumns)
    .from(spaceEvents)
    .innerJoin(spaces, eq(spaces.id, spaceEvents.spaceId))
    .leftJoin(localities, eq(localities.id, spaceEvents.localityId))
    .where(and(eq(spaceEvents.id, eventId), eq(spaceEvents.spaceId, spaceId)));
  return row ?? null;
}

/** A public space and its recent and coming events, soonest first (space_events_space_idx); null for any other space. */
export async function getPublicSpaceCalendar(spaceId: string, now = new Date()): Promise<{ id: string; name: string; summary: string; events: CalendarEvent[] } | null> {
  const db = getDb();
  const [space] = await db
    .select({ id: spaces.id, name: spaces.name, summary: spaces.summary })
    .from(spaces)
    .where(and(eq(spaces.id, spaceId), eq(spaces.visibility, "public")));
  if (!space) return null;
  const events = await db
    .select(eventColumns)
    .from(spaceEvents)
    .innerJoin(spaces, eq(spaces.id, spaceEvents.spaceId))
    .leftJoin(localities, eq(localities.id, spaceEvents.localityId))
    .where(and(eq(spaceEvents.spaceId, spaceId), calendarWindow(now)))
    .orderBy(asc(spaceEvents.startsAt), asc(spaceEvents.id))
    .limit(CALENDAR_LENGTH);
  return { ...space, events };
}

/** The district calendar's events as a file: its filter's events of the last 30 days and to come, soonest first. */
export async function getDistrictCalendar(
  { localityId, topicId }: { localityId?: number; topicId?: number },
  now = new Date(),
): Promise<CalendarEvent[]> {
  return getDb()
    .select(eventColumns)
    .from(spaceEvents)
    .innerJoin(spaces, eq(spaces.id, spaceEvents.spaceId))
    .leftJoin(localities, eq(localities.id, spaceEvents.localityId))
    .where(districtEventFilters({ localityId, topicId, endsAfter: new Date(now.getTime() - CALENDAR_PAST_DAYS * DAY_MS) }))
    .orderBy(asc(spaceEvents.startsAt), asc(spaceEvents.id))
    .limit(CALENDAR_LENGTH);
}

export type PersonalCalendarEvent = CalendarEvent & { answer: "yes" | "maybe" | "waiting" };

/**
 * "Meine Termine" behind a token's hash: the events the person answered yes or maybe to or waits for,
 * in the spaces they may still read now — the cut of "space.read" for the token's owner (a private
 * space's events go once they leave it; a suspended account sees what a visitor sees). Two queries.
 */
export async function getPersonalCalendar(tokenHash: string, now = new Date()): Promise<{ locale: string; events: PersonalCalendarEvent[] } | null> {
  const db = getDb();
  const [owner] = await db
    .select({
      id: users.id,
      role: users.role,
      verification: users.verification,
      status: users.status,
      suspendedUntil: users.suspendedUntil,
      username: users.username,
      displayName: users.displayName,
      localityId: users.localityId,
      acceptedTermsVersion: users.acceptedTermsVersion,
      currentTermsVersion: districtSettings.termsVersion,
      locale: users.locale,
    })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .innerJoin(districtSettings, eq(districtSettings.id, 1))
    .where(eq(calendarFeeds.tokenHash, tokenHash));
  if (!owner || owner.status === "deleted") return null;
  // The same facts as a session's user (lib/auth/session-lookup.ts): the feed reads as its owner would, signed in.
  const actor: Actor = { id: owner.id, role: owner.role, verification: owner.verification, status: owner.status, suspendedUntil: owner.suspendedUntil, profileComplete: isProfileComplete(owner) };
  const rows = await db
    .select({ ...eventColumns, answer: spaceEventRsvps.answer })
    .from(spaceEventRsvps)
    .innerJoin(spaceEvents, eq(spaceEvents.id, spaceEventRsvps.eventId))
    .innerJoin(spaces, eq(spaces.id, spaceEvents.spaceId))
    .leftJoin(localities, eq(localities.id, spaceEvents.localityId))
    .where(and(eq(spaceEventRsvps.userId, owner.id), inArray(spaceEventRsvps.answer, ["yes", "maybe", "waiting"]), readableSpaces(isMember(actor) ? owner.id : null), calendarWindow(now)))
    .orderBy(asc(spaceEvents.startsAt), asc(spaceEvents.id))
    .limit(CALENDAR_LENGTH);
  return { locale: owner.locale, events: rows.map((row) => ({ ...row, answer: row.answer as PersonalCalendarEvent["answer"] })) };
}
