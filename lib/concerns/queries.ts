import "server-only";
import { and, asc, desc, eq, inArray, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { concernCategories, concernCosignatures, concernEvents, concernNotes, concernReplyTemplates, concerns, departments, districtSettings, localities, users } from "@/db/schema";
import { decodeCursor, encodeCursor } from "@/lib/pagination";
import type { ConcernFacts, ConcernStaffFacts } from "@/lib/policy";
import type { ConcernStatus } from "./status";

export const CONCERN_PAGE_SIZE = 20;

/** The district's answer period in days (default 21). */
export async function getAnswerDays(): Promise<number> {
  const [row] = await getDb().select({ days: districtSettings.concernAnswerDays }).from(districtSettings).where(eq(districtSettings.id, 1));
  return row?.days ?? 21;
}

/** The asking staff member's department and whether it handles every concern; null for anyone else. */
export async function loadStaffFacts(actorId: string | null | undefined): Promise<ConcernStaffFacts | null> {
  if (!actorId) return null;
  const [row] = await getDb()
    .select({ role: users.role, departmentId: users.departmentId, handlesAll: departments.handlesAllConcerns })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(users.id, actorId));
  if (!row || row.role !== "staff") return null;
  return { departmentId: row.departmentId, handlesAll: row.handlesAll ?? false };
}

/** The facts of every concern rule: the concern, whether the actor co-signed it, the actor's department. Null when it does not exist. */
export async function loadConcernFacts(id: string, actorId: string | null | undefined): Promise<{ concern: ConcernFacts; staff: ConcernStaffFacts | null } | null> {
  const [row] = await getDb()
    .select({
      authorId: concerns.authorId,
      visibility: concerns.visibility,
      status: concerns.status,
      departmentId: concerns.departmentId,
      hidden: sql<boolean>`${concerns.hiddenByDecisionId} is not null`,
      cosignedByActor: actorId
        ? sql<boolean>`exists (select 1 from ${concernCosignatures} where ${concernCosignatures.concernId} = ${concerns.id} and ${concernCosignatures.userId} = ${actorId})`
        : sql<boolean>`false`,
    })
    .from(concerns)
    .where(eq(concerns.id, id));
  if (!row) return null;
  return { concern: row, staff: await loadStaffFacts(actorId) };
}

export interface ConcernListItem {
  id: string;
  title: string;
  status: ConcernStatus;
  visibility: "public" | "private";
  categoryName: string | null;
  localityName: string | null;
  departmentName: string | null;
  cosignCount: number;
  createdAt: Date;
  firstAnsweredAt: Date | null;
  claimedByName: string | null;
}

const claimer = alias(users, "claimer");

const listColumns = {
  id: concerns.id,
  title: concerns.title,
  status: concerns.status,
  visibility: concerns.visibility,
  categoryName: concernCategories.name,
  localityName: localities.name,
  departmentName: departments.name,
  cosignCount: concerns.cosignCount,
  createdAt: concerns.createdAt,
  firstAnsweredAt: concerns.firstAnsweredAt,
  claimedByName: claimer.displayName,
};

const afterCursor = (value: string | null | undefined): SQL | undefined => {
  const cursor = decodeCursor(value);
  if (!cursor) return undefined;
  const at = new Date(cursor.createdAt);
  return or(lt(concerns.createdAt, at), and(eq(concerns.createdAt, at), lt(concerns.id, cursor.id)));
};

export interface ConcernPage {
  items: ConcernListItem[];
  nextCursor: string | null;
}

/** One query per page: the related names come by join, the count is kept on the row. */
async function listConcerns(where: SQL | undefined, cursor: string | null | undefined, limit = CONCERN_PAGE_SIZE): Promise<ConcernPage> {
  const size = Math.min(Math.max(Math.trunc(limit), 1), 100);
  const rows = await getDb()
    .select(listColumns)
    .from(concerns)
    .leftJoin(concernCategories, eq(concernCategories.id, concerns.categoryId))
    .leftJoin(localities, eq(localities.id, concerns.localityId))
    .leftJoin(departments, eq(departments.id, concerns.departmentId))
    .leftJoin(claimer, eq(claimer.id, concerns.claimedById))
    .where(and(where, afterCursor(cursor)))
    .orderBy(desc(concerns.createdAt), desc(concerns.id))
    .limit(size + 1);
  const items = rows.slice(0, size);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > size && last ? encodeCursor(last) : null };
}

/** The public list: public concerns not hidden by moderation, newest first (concerns_public_idx); optionally only in some localities (Mein Kiez). */
export function listPublicConcerns({ cursor, limit, localityIds }: { cursor?: string | null; limit?: number; localityIds?: number[] } = {}) {
  const inLocalities = localityIds ? inArray(concerns.localityId, localityIds.length > 0 ? localityIds : [-1]) : undefined;
  return listConcerns(and(eq(concerns.visibility, "public"), isNull(concerns.hiddenByDecisionId), inLocalities), cursor, limit);
}

export interface InboxFilters {
  status?: ConcernStatus;
  localityId?: number;
  categoryId?: number;
  /** Filed at least this many days ago. */
  olderThanDays?: number;
  overdue?: boolean;
}

/**
 * A staff member's inbox: their department's concerns (every department's when an admin allowed it),
 * private ones included, filtered. Overdue: not answered and filed more than the answer period ago.
 */
export function listInbox({ staff, filters, answerDays, cursor, now = new Date() }: { staff: ConcernStaffFacts; filters: InboxFilters; answerDays: number; cursor?: string | null; now?: Date }) {
  const day = 24 * 60 * 60 * 1000;
  const conditions: Array<SQL | undefined> = [
    staff.handlesAll ? undefined : staff.departmentId === null ? sql`false` : eq(concerns.departmentId, staff.departmentId),
    filters.status ? eq(concerns.status, filters.status) : undefined,
    filters.localityId ? eq(concerns.localityId, filters.localityId) : undefined,
    filters.categoryId ? eq(concerns.categoryId, filters.categoryId) : undefined,
    filters.olderThanDays ? lte(concerns.createdAt, new Date(now.getTime() - filters.olderThanDays * day)) : undefined,
    // A day's margin for the calendar count; the list marks each row by the exact district-day clock.
    filters.overdue ? and(sql`${concerns.firstAnsweredAt} is null`, lt(concerns.createdAt, new Date(now.getTime() - answerDays * day))) : undefined,
  ];
  return listConcerns(and(...conditions), cursor);
}

export interface ConcernEventItem {
  id: string;
  kind: "status" | "author_update" | "reopened";
  status: ConcernStatus;
  body: string;
  createdAt: Date;
  actorName: string | null;
  actorRole: string | null;
}

export interface ConcernDetail extends ConcernListItem {
  description: string;
  place: string;
  forwardedTo: string;
  authorId: string | null;
  authorName: string | null;
  claimedById: string | null;
  departmentId: number | null;
  resolvedAt: Date | null;
  events: ConcernEventItem[];
}

const author = alias(users, "author");

/** A concern with its public history: two queries. Reading rights are the caller's (rule "concern.read"). */
export async function getConcern(id: string): Promise<ConcernDetail | null> {
  const db = getDb();
  const [row] = await db
    .select({
      ...listColumns,
      description: concerns.description,
      place: concerns.place,
      forwardedTo: concerns.forwardedTo,
      authorId: concerns.authorId,
      authorName: author.displayName,
      claimedById: concerns.claimedById,
      departmentId: concerns.departmentId,
      resolvedAt: concerns.resolvedAt,
    })
    .from(concerns)
    .leftJoin(concernCategories, eq(concernCategories.id, concerns.categoryId))
    .leftJoin(localities, eq(localities.id, concerns.localityId))
    .leftJoin(departments, eq(departments.id, concerns.departmentId))
    .leftJoin(claimer, eq(claimer.id, concerns.claimedById))
    .leftJoin(author, eq(author.id, concerns.authorId))
    .where(eq(concerns.id, id));
  if (!row) return null;
  const events = await db
    .select({
      id: concernEvents.id,
      kind: concernEvents.kind,
      status: concernEvents.status,
      body: concernEvents.body,
      createdAt: concernEvents.createdAt,
      actorName: users.displayName,
      actorRole: users.role,
    })
    .from(concernEvents)
    .leftJoin(users, eq(users.id, concernEvents.actorId))
    .where(eq(concernEvents.concernId, id))
    .orderBy(asc(concernEvents.createdAt), asc(concernEvents.id));
  return { ...row, events };
}

export interface ConcernNoteItem {
  id: string;
  body: string;
  createdAt: Date;
  authorName: string | null;
}

/** Internal notes, for staff who handle the concern only (rule "concern.handle"). */
export function listNotes(concernId: string): Promise<ConcernNoteItem[]> {
  return getDb()
    .select({ id: concernNotes.id, body: concernNotes.body, createdAt: concernNotes.createdAt, authorName: users.displayName })
    .from(concernNotes)
    .leftJoin(users, eq(users.id, concernNotes.authorId))
    .where(eq(concernNotes.concernId, concernId))
    .orderBy(asc(concernNotes.createdAt));
}

export interface ConcernCategory {
  id: number;
  name: string;
  departmentId: number | null;
  departmentName: string | null;
}

export function listCategories(): Promise<ConcernCategory[]> {
  return getDb()
    .select({ id: concernCategories.id, name: concernCategories.name, departmentId: concernCategories.departmentId, departmentName: departments.name })
    .from(concernCategories)
    .leftJoin(departments, eq(departments.id, concernCategories.departmentId))
    .orderBy(asc(concernCategories.sortOrder), asc(concernCategories.name));
}

export function listDepartmentsWithFlags(): Promise<Array<{ id: number; name: string; handlesAll: boolean }>> {
  return getDb()
    .select({ id: departments.id, name: departments.name, handlesAll: departments.handlesAllConcerns })
    .from(departments)
    .orderBy(asc(departments.sortOrder), asc(departments.name));
}

export interface ReplyTemplate {
  id: number;
  title: string;
  body: string;
}

export function listReplyTemplates(departmentId: number | null): Promise<ReplyTemplate[]> {
  if (departmentId === null) return Promise.resolve([]);
  return getDb()
    .select({ id: concernReplyTemplates.id, title: concernReplyTemplates.title, body: concernReplyTemplates.body })
    .from(concernReplyTemplates)
    .where(eq(concernReplyTemplates.departmentId, departmentId))
    .orderBy(asc(concernReplyTemplates.title));
}

