import "server-only";
import { and, asc, desc, eq, gte, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { spaceEventRsvps, spaceEvents, spaceFollows, spaceMembers, spacePosts, spaces, users } from "@/db/schema";
import { readableSpaces } from "./queries";

/** How many posts and events of the person's spaces Mein Kiez shows. */
export const MEIN_KIEZ_SPACE_ITEMS = 5;

/**
 * The spaces a person belongs to (active membership) or follows — and may still read: a followed
 * space that became private drops out (readableSpaces, the cut of the space.read rule).
 */
const mySpaces = (userId: string) =>
  and(
    readableSpaces(userId),
    sql`(exists (select 1 from ${spaceMembers} m where m.space_id = ${spaces.id} and m.user_id = ${userId} and m.membership in ('member', 'organiser', 'owner'))
      or exists (select 1 from ${spaceFollows} f where f.space_id = ${spaces.id} and f.user_id = ${userId}))`,
  );

export interface MySpacePost {
  id: string;
  spaceId: string;
  spaceName: string;
  authorName: string | null;
  bodyHtml: string;
  createdAt: Date;
}

export interface MySpaceEvent {
  id: string;
  spaceId: string;
  spaceName: string;
  title: string;
  startsAt: Date;
  place: string;
  /** The person's own answer. */
  answer: "yes" | "maybe" | "no" | "waiting" | null;
}

/** The newest visible posts of the person's spaces, not their own: one query. */
export async function listMySpacePosts(userId: string, limit = MEIN_KIEZ_SPACE_ITEMS): Promise<MySpacePost[]> {
  const rows = await getDb()
    .select({
      id: spacePosts.id,
      spaceId: spaces.id,
      spaceName: spaces.name,
      authorName: users.displayName,
      authorStatus: users.status,
      bodyHtml: spacePosts.bodyHtml,
      createdAt: spacePosts.createdAt,
    })
    .from(spacePosts)
    .innerJoin(spaces, eq(spaces.id, spacePosts.spaceId))
    .leftJoin(users, eq(users.id, spacePosts.authorId))
    .where(and(mySpaces(userId), isNull(spacePosts.hiddenByOrganiserId), isNull(spacePosts.hiddenByDecisionId), sql`${spacePosts.authorId} is distinct from ${userId}`))
    .orderBy(desc(spacePosts.createdAt), desc(spacePosts.id))
    .limit(limit);
  return rows.map(({ authorStatus, authorName, ...row }) => ({ ...row, authorName: authorStatus === "deleted" ? null : authorName }));
}

/** The coming events of the person's spaces, soonest first, with their own answer: one query. */
export function listMySpaceEvents(userId: string, { limit = MEIN_KIEZ_SPACE_ITEMS, now = new Date() }: { limit?: number; now?: Date } = {}): Promise<MySpaceEvent[]> {
  return getDb()
    .select({
      id: spaceEvents.id,
      spaceId: spaces.id,
      spaceName: spaces.name,
      title: spaceEvents.title,
      startsAt: spaceEvents.startsAt,
      place: spaceEvents.place,
      answer: spaceEventRsvps.answer,
    })
    .from(spaceEvents)
    .innerJoin(spaces, eq(spaces.id, spaceEvents.spaceId))
    .leftJoin(spaceEventRsvps, and(eq(spaceEventRsvps.eventId, spaceEvents.id), eq(spaceEventRsvps.userId, userId)))
    .where(and(mySpaces(userId), gte(spaceEvents.endsAt, now)))
    .orderBy(asc(spaceEvents.startsAt), asc(spaceEvents.id))
    .limit(limit);
}
