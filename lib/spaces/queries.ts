import "server-only";
import { and, asc, desc, eq, gte, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Database, type Transaction } from "@/db/client";
import {
  departments,
  localities,
  spaceEventRsvps,
  spaceEvents,
  spaceFollows,
  spaceLocalities,
  spaceMembers,
  spacePartners,
  spacePosts,
  spaces,
  spaceTopics,
  topics,
  users,
} from "@/db/schema";
import type { Cursor } from "@/lib/pagination";
import type { SpaceFacts, SpaceMembershipFact } from "@/lib/policy";

export const SPACE_PAGE_SIZE = 20;
export const STREAM_PAGE_SIZE = 20;

type Db = Database | Transaction;

/** The spaces a viewer may know: public ones, members' ones when signed in, private ones they belong to. */
export function readableSpaces(viewerId: string | null): SQL {
  if (!viewerId) return sql`${spaces.visibility} = 'public'`;
  return sql`(${spaces.visibility} <> 'private' or exists (select 1 from ${spaceMembers} m where m.space_id = ${spaces.id} and m.user_id = ${viewerId} and m.membership in ('member', 'organiser', 'owner')))`;
}

/** The facts of every space rule: the space's settings and the actor's own relation to it. Null when there is no such space. */
export async function loadSpaceFacts(spaceId: string, actorId: string | null, db: Db = getDb()): Promise<{ space: SpaceFacts } | null> {
  const [row] = await db
    .select({ visibility: spaces.visibility, joinPolicy: spaces.joinPolicy, membership: spaceMembers.membership })
    .from(spaces)
    .leftJoin(spaceMembers, and(eq(spaceMembers.spaceId, spaces.id), eq(spaceMembers.userId, actorId ?? "")))
    .where(eq(spaces.id, spaceId));
  return row ? { space: { visibility: row.visibility, joinPolicy: row.joinPolicy, membership: row.membership ?? null } } : null;
}

/** The relation of one person to a space (for rules about a member): null when there is none. */
export async function loadMembership(spaceId: string, userId: string, db: Db = getDb()): Promise<SpaceMembershipFact> {
  const [row] = await db
    .select({ membership: spaceMembers.membership })
    .from(spaceMembers)
    .where(and(eq(spaceMembers.spaceId, spaceId), eq(spaceMembers.userId, userId)));
  return row?.membership ?? null;
}

export interface SpaceListItem {
  id: string;
  name: string;
  summary: string;
  visibility: SpaceFacts["visibility"];
  joinPolicy: SpaceFacts["joinPolicy"];
  memberCount: number;
  localityNames: string[];
  createdAt: Date;
}

const memberCount = sql<number>`(select count(*)::int from ${spaceMembers} c where c.space_id = "spaces"."id" and c.membership in ('member', 'organiser', 'owner'))`;
const localityNames = sql<string[]>`coalesce((select array_agg(l.name order by l.sort_order) from ${spaceLocalities} sl join ${localities} l on l.id = sl.locality_id where sl.space_id = "spaces"."id"), '{}')`;

/** Newest first, keyset-paginated over (createdAt, id); one query whatever the page size. */
export async function listSpaces({ viewerId, cursor, limit = SPACE_PAGE_SIZE }: { viewerId: string | null; cursor?: Cursor | null; limit?: number }) {
  const after = cursor ? sql`(${spaces.createdAt}, ${spaces.id}) < (${cursor.createdAt}::timestamptz, ${cursor.id})` : undefined;
  const rows: SpaceListItem[] = await getDb()
    .select({
      id: spaces.id,
      name: spaces.name,
      summary: spaces.summary,
      visibility: spaces.visibility,
      joinPolicy: spaces.joinPolicy,
      memberCount,
      localityNames,
      createdAt: spaces.createdAt,
    })
    .from(spaces)
    .where(and(readableSpaces(viewerId), after))
    .orderBy(desc(spaces.createdAt), desc(spaces.id))
    .limit(limit + 1);
  return { items: rows.slice(0, limit), next: rows.length > limit ? rows[limit - 1]! : null };
}

export interface SpaceDetail {
  id: string;
  name: string;
  summary: string;
  description: string;
  descriptionHtml: string;
  visibility: SpaceFacts["visibility"];
  joinPolicy: SpaceFacts["joinPolicy"];
  memberCount: number;
  localities: Array<{ id: number; name: string }>;
  topics: Array<{ id: number; name: string }>;
  partners: Array<{ departmentId: number; departmentName: string; contactName: string | null; contactUsername: string | null }>;
  /** The viewer's own relation, null for none or for a visitor. */
  membership: SpaceMembershipFact;
  following: boolean;
}

/**
 * A space as its page shows it, or null when it does not exist or the viewer may not know it
 * (a private space is "not found" for everyone outside it). Three queries, whatever its size.
 */
export async function getSpace(spaceId: string, viewerId: string | null): Promise<SpaceDetail | null> {
  const db = getDb();
  const [row] = await db
    .select({
      id: spaces.id,
      name: spaces.name,
      summary: spaces.summary,
      description: spaces.description,
      descriptionHtml: spaces.descriptionHtml,
      visibility: spaces.visibility,
      joinPolicy: spaces.joinPolicy,
      memberCount,
      membership: spaceMembers.membership,
      following: sql<boolean>`exists (select 1 from ${spaceFollows} f where f.space_id = "spaces"."id" and f.user_id = ${viewerId ?? ""})`,
    })
    .from(spaces)
    .leftJoin(spaceMembers, and(eq(spaceMembers.spaceId, spaces.id), eq(spaceMembers.userId, viewerId ?? "")))
    .where(eq(spaces.id, spaceId));
  if (!row) return null;
  const [places, subjects, partners] = await Promise.all([
    db
      .select({ id: localities.id, name: localities.name })
      .from(spaceLocalities)
      .innerJoin(localities, eq(localities.id, spaceLocalities.localityId))
      .where(eq(spaceLocalities.spaceId, spaceId))
      .orderBy(asc(localities.sortOrder)),
    db
      .select({ id: topics.id, name: topics.name })
      .from(spaceTopics)
      .innerJoin(topics, eq(topics.id, spaceTopics.topicId))
      .where(eq(spaceTopics.spaceId, spaceId))
      .orderBy(asc(topics.sortOrder)),
    db
      .select({ departmentId: departments.id, departmentName: departments.name, contactName: users.displayName, contactUsername: users.username })
      .from(spacePartners)
      .innerJoin(departments, eq(departments.id, spacePartners.departmentId))
      .leftJoin(users, and(eq(users.id, spacePartners.contactId), eq(users.status, "active")))
      .where(eq(spacePartners.spaceId, spaceId))
      .orderBy(asc(departments.sortOrder)),
  ]);
  return { ...row, membership: row.membership ?? null, localities: places, topics: subjects, partners };
}

export interface SpaceMember {
  userId: string;
  name: string;
  username: string | null;
  membership: NonNullable<SpaceMembershipFact>;
  message: string | null;
}

/** Members, organisers first; requests and invitations too (the page shows them to organisers only). */
export async function listSpaceMembers(spaceId: string): Promise<SpaceMember[]> {
  const rows = await getDb()
    .select({ userId: spaceMembers.userId, name: users.displayName, username: users.username, membership: spaceMembers.membership, message: spaceMembers.message })
    .from(spaceMembers)
    .innerJoin(users, eq(users.id, spaceMembers.userId))
    .where(and(eq(spaceMembers.spaceId, spaceId), eq(users.status, "active")))
    .orderBy(sql`case ${spaceMembers.membership} when 'owner' then 0 when 'organiser' then 1 when 'member' then 2 when 'requested' then 3 else 4 end`, asc(spaceMembers.createdAt));
  return rows.map((row) => ({ ...row, name: row.name ?? row.username ?? "" }));
}

export interface SpacePost {
  id: string;
  authorId: string | null;
  authorName: string | null;
  bodyHtml: string;
  pinned: boolean;
  createdAt: Date;
}

const visiblePost = and(isNull(spacePosts.hiddenByOrganiserId), isNull(spacePosts.hiddenByDecisionId));

/** Pinned posts first (few), then the stream newest first, keyset-paginated; hidden posts never appear. */
export async function listSpaceStream(spaceId: string, { cursor, limit = STREAM_PAGE_SIZE }: { cursor?: Cursor | null; limit?: number } = {}) {
  const after = cursor ? sql`(${spacePosts.createdAt}, ${spacePosts.id}) < (${cursor.createdAt}::timestamptz, ${cursor.id})` : undefined;
  const columns = {
    id: spacePosts.id,
    authorId: spacePosts.authorId,
    authorName: users.displayName,
    bodyHtml: spacePosts.bodyHtml,
    pinned: spacePosts.pinned,
    createdAt: spacePosts.createdAt,
  };
  const rows: SpacePost[] = await getDb()
    .select(columns)
    .from(spacePosts)
    .leftJoin(users, eq(users.id, spacePosts.authorId))
    .where(and(eq(spacePosts.spaceId, spaceId), visiblePost, after))
    .orderBy(desc(spacePosts.createdAt), desc(spacePosts.id))
    .limit(limit + 1);
  return { items: rows.slice(0, limit), next: rows.length > limit ? rows[limit - 1]! : null };
}

/** The facts of rules about a post: whose it is, and its space. Null when there is no such post in that space. */
export async function loadPostFacts(spaceId: string, postId: string, actorId: string) {
  const [facts, [post]] = await Promise.all([
    loadSpaceFacts(spaceId, actorId),
    getDb().select({ authorId: spacePosts.authorId }).from(spacePosts).where(and(eq(spacePosts.id, postId), eq(spacePosts.spaceId, spaceId))),
  ]);
  return facts && post ? { ...facts, post } : null;
}

export interface SpaceEventItem {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  localityName: string | null;
  capacity: number | null;
  taken: number;
  waiting: number;
  /** The viewer's own answer. */
  answer: "yes" | "maybe" | "no" | "waiting" | null;
}

/** Places taken and people waiting, per event row: correlated counts along space_event_rsvps_queue_idx. */
export const takenCount = sql<number>`(select count(*)::int from ${spaceEventRsvps} r where r.event_id = "space_events"."id" and r.answer = 'yes')`;
export const waitingCount = sql<number>`(select count(*)::int from ${spaceEventRsvps} r where r.event_id = "space_events"."id" and r.answer = 'waiting')`;

/** A space's coming events (and those still running), soonest first, with the counts and the viewer's answer: one query. */
export async function listSpaceEvents(spaceId: string, viewerId: string | null, now = new Date()): Promise<SpaceEventItem[]> {
  const rows = await getDb()
    .select({
      id: spaceEvents.id,
      title: spaceEvents.title,
      startsAt: spaceEvents.startsAt,
      endsAt: spaceEvents.endsAt,
      place: spaceEvents.place,
      localityName: localities.name,
      capacity: spaceEvents.capacity,
      taken: takenCount,
      waiting: waitingCount,
      answer: spaceEventRsvps.answer,
    })
    .from(spaceEvents)
    .leftJoin(localities, eq(localities.id, spaceEvents.localityId))
    .leftJoin(spaceEventRsvps, and(eq(spaceEventRsvps.eventId, spaceEvents.id), eq(spaceEventRsvps.userId, viewerId ?? "")))
    .where(and(eq(spaceEvents.spaceId, spaceId), gte(spaceEvents.endsAt, now)))
    .orderBy(asc(spaceEvents.startsAt), asc(spaceEvents.id))
    .limit(50);
  return rows.map((row) => ({ ...row, answer: row.answer ?? null }));
}

export interface SpaceEventDetail extends SpaceEventItem {
  spaceId: string;
  description: string;
  showName: boolean;
  /** Position on the waiting list (1 = next), when the viewer is waiting. */
  waitingPosition: number | null;
  /** Attendees who chose to be seen by name; the others only count. */
  namedAttendees: string[];
}

export async function getSpaceEvent(spaceId: string, eventId: string, viewerId: string | null): Promise<SpaceEventDetail | null> {
  const db = getDb();
  const [row] = await db
    .select({
      id: spaceEvents.id,
      spaceId: spaceEvents.spaceId,
      title: spaceEvents.title,
      startsAt: spaceEvents.startsAt,
      endsAt: spaceEvents.endsAt,
      place: spaceEvents.place,
      localityName: localities.name,
      description: spaceEvents.description,
      capacity: spaceEvents.capacity,
      taken: takenCount,
      waiting: waitingCount,
      answer: spaceEventRsvps.answer,
      showName: spaceEventRsvps.showName,
      waitingPosition: sql<number | null>`case when ${spaceEventRsvps.answer} = 'waiting' then (select count(*)::int from ${spaceEventRsvps} w where w.event_id = "space_events"."id" and w.answer = 'waiting' and (w.created_at, w.user_id) <= ("space_event_rsvps"."created_at", "space_event_rsvps"."user_id")) end`,
    })
    .from(spaceEvents)
    .leftJoin(localities, eq(localities.id, spaceEvents.localityId))
    .leftJoin(spaceEventRsvps, and(eq(spaceEventRsvps.eventId, spaceEvents.id), eq(spaceEventRsvps.userId, viewerId ?? "")))
    .where(and(eq(spaceEvents.id, eventId), eq(spaceEvents.spaceId, spaceId)));
  if (!row) return null;
  const named = await db
    .select({ name: users.displayName })
    .from(spaceEventRsvps)
    .innerJoin(users, eq(users.id, spaceEventRsvps.userId))
    .where(and(eq(spaceEventRsvps.eventId, eventId), eq(spaceEventRsvps.answer, "yes"), eq(spaceEventRsvps.showName, true), eq(users.status, "active")))
    .orderBy(asc(spaceEventRsvps.createdAt));
  return {
    ...row,
    answer: row.answer ?? null,
    showName: row.showName ?? false,
    namedAttendees: named.map((n) => n.name).filter((n): n is string => !!n),
  };
}

/** The facts of the RSVP rule: the event's space and the actor's relation to it. Null when the event is not in that space. */
export async function loadEventFacts(spaceId: string, eventId: string, actorId: string) {
  const [facts, [event]] = await Promise.all([
    loadSpaceFacts(spaceId, actorId),
    getDb().select({ id: spaceEvents.id }).from(spaceEvents).where(and(eq(spaceEvents.id, eventId), eq(spaceEvents.spaceId, spaceId))),
  ]);
  return facts && event ? facts : null;
}

/** The district's localities, topics and departments for the space form. */
export async function loadSpaceFormChoices() {
  const db = getDb();
  const [places, subjects, units] = await Promise.all([
    db.select({ id: localities.id, name: localities.name }).from(localities).orderBy(asc(localities.sortOrder)),
    db.select({ id: topics.id, name: topics.name }).from(topics).orderBy(asc(topics.sortOrder)),
    db.select({ id: departments.id, name: departments.name }).from(departments).orderBy(asc(departments.sortOrder)),
  ]);
  return { localities: places, topics: subjects, departments: units };
}

/** Ids from the form that do not exist (a field error, not a database error). */
export async function findUnknownSpaceReferences(input: { localityIds: number[]; topicIds: number[]; partnerDepartmentIds: number[] }) {
  const db = getDb();
  const count = async (table: typeof localities | typeof topics | typeof departments, ids: number[]) =>
    ids.length === 0 ? 0 : (await db.select({ id: table.id }).from(table).where(inArray(table.id, ids))).length;
  const unknown: string[] = [];
  if ((await count(localities, input.localityIds)) !== new Set(input.localityIds).size) unknown.push("localityIds");
  if ((await count(topics, input.topicIds)) !== new Set(input.topicIds).size) unknown.push("topicIds");
  if ((await count(departments, input.partnerDepartmentIds)) !== new Set(input.partnerDepartmentIds).size) unknown.push("partnerDepartmentIds");
  return unknown;
}

/** Staff accounts by username (named partner contacts): those that are not staff of a department are left out. */
export async function findStaffContacts(usernames: string[]) {
  if (usernames.length === 0) return [];
  return getDb()
    .select({ id: users.id, username: users.username, departmentId: users.departmentId })
    .from(users)
    .where(and(inArray(users.username, usernames), eq(users.role, "staff"), eq(users.status, "active"), or(sql`${users.departmentId} is not null`)));
}

export async function findUserByUsername(username: string) {
  const [row] = await getDb()
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.username, username), eq(users.status, "active")));
  return row ?? null;
}
