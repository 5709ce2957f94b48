import "server-only";
import { and, asc, desc, eq, exists, inArray, isNotNull, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { announcementLocalities, announcements, announcementTopics, departments, localities, moderationDecisions, topics, users } from "@/db/schema";
import type { Locality } from "@/lib/district/queries";
import { isUnderModeration } from "@/lib/moderation/under-moderation";
import type { EditableAnnouncementFacts } from "@/lib/policy";
import { decodeAnnouncementCursor, toAnnouncementPage, ANNOUNCEMENT_PAGE_SIZE, type AnnouncementCursor } from "./cursor";
import { displayStatus, type AnnouncementDisplayStatus } from "./status";
import type { AnnouncementListItem, AnnouncementPage } from "./types";
import { publishedAnnouncement, visibleAnnouncement } from "./visibility";

// ---------------------------------------------------------------------------------------------
// Conditions other lists combine with listAnnouncements (Mein Kiez, search, the filters here).
// ---------------------------------------------------------------------------------------------

/** For these localities: tagged with one of them, or meant for the whole district. */
export function announcementInLocalities(localityIds: number[]): SQL {
  const tagged = exists(
    getDb()
      .select({ one: sql`1` })
      .from(announcementLocalities)
      .where(and(eq(announcementLocalities.announcementId, announcements.id), inArray(announcementLocalities.localityId, localityIds))),
  );
  return localityIds.length === 0 ? eq(announcements.wholeDistrict, true) : or(eq(announcements.wholeDistrict, true), tagged)!;
}

/** Filed under at least one of these topics. */
export function announcementWithTopics(topicIds: number[]): SQL {
  if (topicIds.length === 0) return sql`false`;
  return exists(
    getDb()
      .select({ one: sql`1` })
      .from(announcementTopics)
      .where(and(eq(announcementTopics.announcementId, announcements.id), inArray(announcementTopics.topicId, topicIds))),
  );
}

/** Rows after the cursor in the lists' order, as one row comparison the index can use. */
function afterCursor(cursor: AnnouncementCursor | null): SQL | undefined {
  if (!cursor) return undefined;
  return sql`(${announcements.publishAt}, ${announcements.id}) < (${cursor.publishAt.toISOString()}::timestamptz, ${cursor.id})`;
}

const localityNames = sql<string[]>`array(
  select ${localities.name} from ${announcementLocalities}
  join ${localities} on ${localities.id} = ${announcementLocalities.localityId}
  where ${announcementLocalities.announcementId} = ${announcements.id}
  order by ${localities.sortOrder}, ${localities.name})`;

const topicNames = sql<string[]>`array(
  select ${topics.name} from ${announcementTopics}
  join ${topics} on ${topics.id} = ${announcementTopics.topicId}
  where ${announcementTopics.announcementId} = ${announcements.id}
  order by ${topics.sortOrder}, ${topics.name})`;

/** The columns of AnnouncementListItem; localities and topics come as arrays, one subquery each per shown row. */
const listItemColumns = {
  id: announcements.id,
  title: announcements.title,
  summary: announcements.summary,
  publishAt: announcements.publishAt,
  editedAt: announcements.editedAt,
  departmentName: departments.name,
  wholeDistrict: announcements.wholeDistrict,
  localityNames,
  topicNames,
  commentCount: announcements.commentCount,
};

// Newest first. PostgreSQL's DESC is NULLS FIRST, exactly announcements_published_idx's order.
const newestFirst = [desc(announcements.publishAt), desc(announcements.id)];

/**
 * One page of announcements the public may see, newest first (publishAt desc, id desc), as the
 * shared AnnouncementListItem. The list, Mein Kiez and search all read through here:
 *
 * - `where`: an extra condition, e.g. `announcementInLocalities(followed)` or a text-search match.
 *   It is ANDed with the visibility rule (lib/announcements/visibility.ts), which contains
 *   `status = 'published'`, so the partial index announcements_published_idx serves the order.
 * - `cursor`: the `nextCursor` of the previous page (keyset, never OFFSET); invalid ones start over.
 * - `limit`: page size (default 20, at most 100).
 */
export async function listAnnouncements({
  where,
  cursor,
  limit = ANNOUNCEMENT_PAGE_SIZE,
  now = new Date(),
}: { where?: SQL; cursor?: string | null; limit?: number; now?: Date } = {}): Promise<AnnouncementPage> {
  // A page is never empty and never unbounded, whatever a caller passes.
  const size = Math.min(Math.max(Math.trunc(limit), 1), 100);
  const rows: AnnouncementListItem[] = await getDb()
    .select(listItemColumns)
    .from(announcements)
    .leftJoin(departments, eq(departments.id, announcements.departmentId))
    .where(and(visibleAnnouncement(now), where, afterCursor(decodeAnnouncementCursor(cursor))))
    .orderBy(...newestFirst)
    .limit(size + 1);
  return toAnnouncementPage(rows, size);
}

/** A visible announcement whose publication window closes at a known time. */
export interface EndingAnnouncement {
  id: string;
  title: string;
  expiresAt: Date;
}

/**
 * What the home page calls "what is next": visible announcements with a "Sichtbar bis", the soonest
 * end first (a road closure, a call for proposals). Along announcements_ending_idx, so it reads only
 * the rows it returns.
 */
export async function listEndingAnnouncements({ limit = 3, now = new Date() }: { limit?: number; now?: Date } = {}): Promise<EndingAnnouncement[]> {
  const rows = await getDb()
    .select({ id: announcements.id, title: announcements.title, expiresAt: announcements.expiresAt })
    .from(announcements)
    .where(and(visibleAnnouncement(now), isNotNull(announcements.expiresAt)))
    .orderBy(asc(announcements.expiresAt), asc(announcements.id))
    .limit(Math.min(Math.max(Math.trunc(limit), 1), 20));
  return rows.map((row) => ({ ...row, expiresAt: row.expiresAt! }));
}

/** An announcement as its public page shows it. */
export interface AnnouncementDetail extends AnnouncementListItem {
  bodyHtml: string;
  commentsEnabled: boolean;
  authorId: string | null;
  /** Set while a moderation decision hides it. */
  hidden: { decisionId: string; ruleKey: string | null } | null;
}

const detailColumns = {
  ...listItemColumns,
  bodyHtml: announcements.bodyHtml,
  commentsEnabled: announcements.commentsEnabled,
  authorId: announcements.authorId,
};

/**
 * The public page's announcement; null while it is not published (scheduled, withdrawn, expired) or
 * unknown. While a moderation decision hides it, its title, summary and text are left empty unless
 * the viewer is its author: others get only what the neutral notice needs.
 */
export async function getPublicAnnouncement(id: string, now = new Date(), viewerId: string | null = null): Promise<AnnouncementDetail | null> {
  const [row] = await getDb()
    .select({ ...detailColumns, hiddenByDecisionId: announcements.hiddenByDecisionId, hidingRule: moderationDecisions.ruleKey })
    .from(announcements)
    .leftJoin(departments, eq(departments.id, announcements.departmentId))
    .leftJoin(moderationDecisions, eq(moderationDecisions.id, announcements.hiddenByDecisionId))
    .where(and(eq(announcements.id, id), publishedAnnouncement(now)));
  if (!row) return null;
  const { hiddenByDecisionId, hidingRule, ...detail } = row;
  if (!hiddenByDecisionId) return { ...detail, hidden: null };
  const hidden = { decisionId: hiddenByDecisionId, ruleKey: hidingRule };
  if (viewerId !== null && detail.authorId === viewerId) return { ...detail, hidden };
  return { ...detail, title: "", summary: "", bodyHtml: "", hidden };
}

/** A feed entry: the list item plus the sanitised body. */
export interface AnnouncementFeedEntry extends AnnouncementListItem {
  bodyHtml: string;
}

export const FEED_SIZE = 50;

/** The newest visible announcements for an Atom feed, optionally narrowed (e.g. to one locality). */
export async function listFeedEntries({ where, now = new Date() }: { where?: SQL; now?: Date } = {}): Promise<AnnouncementFeedEntry[]> {
  return getDb()
    .select({ ...listItemColumns, bodyHtml: announcements.bodyHtml })
    .from(announcements)
    .leftJoin(departments, eq(departments.id, announcements.departmentId))
    .where(and(visibleAnnouncement(now), where))
    .orderBy(...newestFirst)
    .limit(FEED_SIZE);
}

// ---------------------------------------------------------------------------------------------
// Staff: every announcement of the district, whatever its state.
// ---------------------------------------------------------------------------------------------

export interface StaffAnnouncementListItem {
  id: string;
  title: string;
  status: AnnouncementDisplayStatus;
  publishAt: Date;
  expiresAt: Date | null;
  editedAt: Date | null;
  departmentName: string | null;
  commentCount: number;
}

/** The management list: all announcements, newest publication first, keyset-paginated. */
export async function listAnnouncementsForStaff({ cursor, now = new Date() }: { cursor?: string | null; now?: Date } = {}) {
  const rows = await getDb()
    .select({
      id: announcements.id,
      title: announcements.title,
      status: announcements.status,
      publishAt: announcements.publishAt,
      expiresAt: announcements.expiresAt,
      editedAt: announcements.editedAt,
      departmentName: departments.name,
      commentCount: announcements.commentCount,
    })
    .from(announcements)
    .leftJoin(departments, eq(departments.id, announcements.departmentId))
    .where(afterCursor(decodeAnnouncementCursor(cursor)))
    .orderBy(...newestFirst)
    .limit(ANNOUNCEMENT_PAGE_SIZE + 1);
  const page = toAnnouncementPage(rows);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((row): StaffAnnouncementListItem => ({ ...row, status: displayStatus(row, now) })),
  };
}

/** Everything staff see and edit about one announcement, in any state. */
export interface StaffAnnouncement extends AnnouncementDetail {
  status: AnnouncementDisplayStatus;
  stored: "published" | "unpublished";
  body: string;
  expiresAt: Date | null;
  createdAt: Date;
  departmentId: number | null;
  localityIds: number[];
  topicIds: number[];
  authorName: string | null;
}

export async function getAnnouncementForStaff(id: string, now = new Date()): Promise<StaffAnnouncement | null> {
  const [row] = await getDb()
    .select({
      ...detailColumns,
      stored: announcements.status,
      body: announcements.body,
      expiresAt: announcements.expiresAt,
      createdAt: announcements.createdAt,
      departmentId: announcements.departmentId,
      authorName: users.displayName,
      hiddenByDecisionId: announcements.hiddenByDecisionId,
      hidingRule: moderationDecisions.ruleKey,
      localityIds: sql<number[]>`array(select ${announcementLocalities.localityId} from ${announcementLocalities} where ${announcementLocalities.announcementId} = ${announcements.id})`,
      topicIds: sql<number[]>`array(select ${announcementTopics.topicId} from ${announcementTopics} where ${announcementTopics.announcementId} = ${announcements.id})`,
    })
    .from(announcements)
    .leftJoin(departments, eq(departments.id, announcements.departmentId))
    .leftJoin(users, eq(users.id, announcements.authorId))
    .leftJoin(moderationDecisions, eq(moderationDecisions.id, announcements.hiddenByDecisionId))
    .where(eq(announcements.id, id));
  if (!row) return null;
  const { hiddenByDecisionId, hidingRule, ...announcement } = row;
  return {
    ...announcement,
    hidden: hiddenByDecisionId ? { decisionId: hiddenByDecisionId, ruleKey: hidingRule } : null,
    status: displayStatus({ status: row.stored, publishAt: row.publishAt, expiresAt: row.expiresAt }, now),
  };
}

// ---------------------------------------------------------------------------------------------
// What the forms and filters choose from (the lists themselves: lib/district/queries.ts).
// ---------------------------------------------------------------------------------------------

/** The unit a staff member writes for: the compose form's default signature. */
/** The facts of "announcement.edit", or null when there is no such announcement. */
export async function loadEditableAnnouncementFacts(id: string): Promise<{ announcement: EditableAnnouncementFacts } | null> {
  const [row] = await getDb().select({ id: announcements.id }).from(announcements).where(eq(announcements.id, id));
  if (!row) return null;
  return { announcement: { underModeration: await isUnderModeration({ type: "announcement", id }) } };
}

export async function getAuthorDepartmentId(userId: string): Promise<number | null> {
  const [row] = await getDb().select({ departmentId: users.departmentId }).from(users).where(eq(users.id, userId));
  return row?.departmentId ?? null;
}

/** Whether every chosen locality, topic and department exists (they come from a form, i.e. from anyone). */
export async function findUnknownReferences(input: { localityIds: number[]; topicIds: number[]; departmentId: number }) {
  const db = getDb();
  const [foundLocalities, foundTopics, foundDepartments] = await Promise.all([
    input.localityIds.length ? db.select({ id: localities.id }).from(localities).where(inArray(localities.id, input.localityIds)) : [],
    input.topicIds.length ? db.select({ id: topics.id }).from(topics).where(inArray(topics.id, input.topicIds)) : [],
    db.select({ id: departments.id }).from(departments).where(eq(departments.id, input.departmentId)),
  ]);
  const unknown: Array<"localityIds" | "topicIds" | "departmentId"> = [];
  if (foundLocalities.length !== new Set(input.localityIds).size) unknown.push("localityIds");
  if (foundTopics.length !== new Set(input.topicIds).size) unknown.push("topicIds");
  if (foundDepartments.length === 0) unknown.push("departmentId");
  return unknown;
}

export async function findLocalityBySlug(slug: string): Promise<Locality | null> {
  const [row] = await getDb().select({ id: localities.id, slug: localities.slug, name: localities.name }).from(localities).where(eq(localities.slug, slug));
  return row ?? null;
}
