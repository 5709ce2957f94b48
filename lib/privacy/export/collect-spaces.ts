import "server-only";
import { asc, eq, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { calendarFeeds, departments, spaceEventRsvps, spaceEvents, spaceFollows, spaceMembers, spacePartners, spacePosts, spaces, spaceShifts, spaceShiftSignups } from "@/db/schema";

/** spaces.json: the person's relations to spaces, what they wrote or created there (not other members), and their calendar link's date. */
export async function collectSpaceData(userId: string) {
  const db = getDb();
  const [memberships, follows, posts, created, events, answers, contactOf, shifts, signups, calendarLink] = await Promise.all([
    db
      .select({ spaceId: spaces.id, space: spaces.name, membership: spaceMembers.membership, message: spaceMembers.message, since: spaceMembers.createdAt })
      .from(spaceMembers)
      .innerJoin(spaces, eq(spaces.id, spaceMembers.spaceId))
      .where(eq(spaceMembers.userId, userId))
      .orderBy(asc(spaceMembers.createdAt)),
    db
      .select({ spaceId: spaces.id, space: spaces.name, since: spaceFollows.createdAt })
      .from(spaceFollows)
      .innerJoin(spaces, eq(spaces.id, spaceFollows.spaceId))
      .where(eq(spaceFollows.userId, userId)),
    db
      .select({ id: spacePosts.id, spaceId: spacePosts.spaceId, body: spacePosts.body, pinned: spacePosts.pinned, createdAt: spacePosts.createdAt, editedAt: spacePosts.editedAt })
      .from(spacePosts)
      .where(eq(spacePosts.authorId, userId))
      .orderBy(asc(spacePosts.createdAt)),
    db.select({ id: spaces.id, name: spaces.name, createdAt: spaces.createdAt }).from(spaces).where(eq(spaces.createdById, userId)),
    db.select({ id: spaceEvents.id, spaceId: spaceEvents.spaceId, title: spaceEvents.title, startsAt: spaceEvents.startsAt }).from(spaceEvents).where(eq(spaceEvents.createdById, userId)),
    db
      .select({ eventId: spaceEventRsvps.eventId, event: spaceEvents.title, answer: spaceEventRsvps.answer, showName: spaceEventRsvps.showName, at: spaceEventRsvps.createdAt })
      .from(spaceEventRsvps)
      .innerJoin(spaceEvents, eq(spaceEvents.id, spaceEventRsvps.eventId))
      .where(eq(spaceEventRsvps.userId, userId)),
    db
      .select({ spaceId: spaces.id, space: spaces.name, department: departments.name })
      .from(spacePartners)
      .innerJoin(spaces, eq(spaces.id, spacePartners.spaceId))
      .innerJoin(departments, eq(departments.id, spacePartners.departmentId))
      .where(eq(spacePartners.contactId, userId)),
    db
      .select({ id: spaceShifts.id, spaceId: spaceShifts.spaceId, title: spaceShifts.title, at: spaceShifts.at, createdAt: spaceShifts.createdAt })
      .from(spaceShifts)
      .where(or(eq(spaceShifts.createdById, userId), eq(spaceShifts.doneById, userId))),
    db
      .select({ shiftId: spaceShiftSignups.shiftId, shift: spaceShifts.title, at: spaceShifts.at, signedUpAt: spaceShiftSignups.createdAt })
      .from(spaceShiftSignups)
      .innerJoin(spaceShifts, eq(spaceShifts.id, spaceShiftSignups.shiftId))
      .where(eq(spaceShiftSignups.userId, userId)),
    // The secret link's hash stays out, as a session's token does: only when it was created.
    db.select({ createdAt: calendarFeeds.createdAt }).from(calendarFeeds).where(eq(calendarFeeds.userId, userId)),
  ]);
  return {
    memberships,
    follows,
    posts,
    createdSpaces: created,
    createdEvents: events,
    eventAnswers: answers,
    contactOf,
    shiftsCreatedOrClosed: shifts,
    shiftSignUps: signups,
    calendarLink: calendarLink[0] ?? null,
  };
}
