import "server-only";
import { and, asc, desc, eq, gt, isNotNull, isNull, lt, or, sql, type SQL, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { concernCategories, departments, districtSettings, ideaComments, ideaSupports, ideas, localities, users } from "@/db/schema";
import { loadStaffFacts } from "@/lib/concerns/queries";
import { decodeCursor, encodeCursor } from "@/lib/pagination";
import type { ConcernStaffFacts, IdeaFacts } from "@/lib/policy";
import type { IdeaStatus } from "./status";

export const IDEA_PAGE_SIZE = 20;
export const IDEA_COMMENT_PAGE_SIZE = 50;

export interface IdeaSettings {
  /** The district's answer period (the same as for concerns). */
  answerDays: number;
  /** Supports from which an official answer is due within the answer period. */
  supportThreshold: number;
}

export async function getIdeaSettings(): Promise<IdeaSettings> {
  const [row] = await getDb()
    .select({ answerDays: districtSettings.concernAnswerDays, supportThreshold: districtSettings.ideaSupportThreshold })
    .from(districtSettings)
    .where(eq(districtSettings.id, 1));
  return row ?? { answerDays: 21, supportThreshold: 50 };
}

/** The facts of every idea rule: the idea, whether the actor supports it, the actor's department. Null when it does not exist. */
export async function loadIdeaFacts(id: string, actorId: string | null | undefined): Promise<{ idea: IdeaFacts; staff: ConcernStaffFacts | null } | null> {
  const [row] = await getDb()
    .select({
      authorId: ideas.authorId,
      status: ideas.status,
      departmentId: ideas.departmentId,
      hidden: sql<boolean>`${ideas.hiddenByDecisionId} is not null`,
      supportedByActor: actorId
        ? sql<boolean>`exists (select 1 from ${ideaSupports} where ${ideaSupports.ideaId} = ${ideas.id} and ${ideaSupports.userId} = ${actorId})`
        : sql<boolean>`false`,
    })
    .from(ideas)
    .where(eq(ideas.id, id));
  if (!row) return null;
  return { idea: row, staff: await loadStaffFacts(actorId) };
}

export interface IdeaListItem {
  id: string;
  title: string;
  status: IdeaStatus;
  categoryName: string | null;
  localityName: string | null;
  departmentName: string | null;
  supportCount: number;
  commentCount: number;
  createdAt: Date;
  thresholdReachedAt: Date | null;
  firstAnsweredAt: Date | null;
}

const listColumns = {
  id: ideas.id,
  title: ideas.title,
  status: ideas.status,
  categoryName: concernCategories.name,
  localityName: localities.name,
  departmentName: departments.name,
  supportCount: ideas.supportCount,
  commentCount: ideas.commentCount,
  createdAt: ideas.createdAt,
  thresholdReachedAt: ideas.thresholdReachedAt,
  firstAnsweredAt: ideas.firstAnsweredAt,
};

const afterCursor = (value: string | null | undefined): SQL | undefined => {
  const cursor = decodeCursor(value);
  if (!cursor) return undefined;
  const at = new Date(cursor.createdAt);
  return or(lt(ideas.createdAt, at), and(eq(ideas.createdAt, at), lt(ideas.id, cursor.id)));
};

export interface IdeaPage {
  items: IdeaListItem[];
  nextCursor: string | null;
}

/** One query per page: names by join, counts kept on the row. */
async function listIdeas(where: SQL | undefined, cursor: string | null | undefined, limit = IDEA_PAGE_SIZE): Promise<IdeaPage> {
  const size = Math.min(Math.max(Math.trunc(limit), 1), 100);
  const rows = await getDb()
    .select(listColumns)
    .from(ideas)
    .leftJoin(concernCategories, eq(concernCategories.id, ideas.categoryId))
    .leftJoin(localities, eq(localities.id, ideas.localityId))
    .leftJoin(departments, eq(departments.id, ideas.departmentId))
    .where(and(where, afterCursor(cursor)))
    .orderBy(desc(ideas.createdAt), desc(ideas.id))
    .limit(size + 1);
  const items = rows.slice(0, size);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > size && last ? encodeCursor(last) : null };
}

/** The public list: ideas not hidden by moderation, newest first, by status and locality (ideas_*_idx). */
export function listPublicIdeas({ status, localityId, localityIds, cursor, limit }: { status?: IdeaStatus; localityId?: number; localityIds?: number[]; cursor?: string | null; limit?: number } = {}) {
  const inLocalities = localityIds ? inArray(ideas.localityId, localityIds.length > 0 ? localityIds : [-1]) : undefined;
  return listIdeas(
    and(isNull(ideas.hiddenByDecisionId), status ? eq(ideas.status, status) : undefined, localityId ? eq(ideas.localityId, localityId) : undefined, inLocalities),
    cursor,
    limit,
  );
}

/**
 * Staff's list: their department's ideas (every department's when an admin allowed it). Overdue: the
 * threshold was reached more than the answer period ago and no official answer came (a day's margin
 * for the calendar count; each row shows the exact district-day clock).
 */
export function listIdeaInbox({ staff, status, overdue, answerDays, cursor, now = new Date() }: { staff: ConcernStaffFacts; status?: IdeaStatus; overdue?: boolean; answerDays: number; cursor?: string | null; now?: Date }) {
  const day = 24 * 60 * 60 * 1000;
  return listIdeas(
    and(
      staff.handlesAll ? undefined : staff.departmentId === null ? sql`false` : eq(ideas.departmentId, staff.departmentId),
      status ? eq(ideas.status, status) : undefined,
      overdue ? and(isNull(ideas.firstAnsweredAt), isNotNull(ideas.thresholdReachedAt), lt(ideas.thresholdReachedAt, new Date(now.getTime() - answerDays * day))) : undefined,
    ),
    cursor,
  );
}

export interface IdeaDetail extends IdeaListItem {
  description: string;
  authorId: string | null;
  authorName: string | null;
  departmentId: number | null;
  officialAnswer: string;
  answeredAt: Date | null;
  answeredByName: string | null;
  hidden: boolean;
}

const author = alias(users, "author");
const answerer = alias(users, "answerer");

/** An idea with its official answer. Reading rights are the caller's (rule "idea.read"). */
export async function getIdea(id: string): Promise<IdeaDetail | null> {
  const [row] = await getDb()
    .select({
      ...listColumns,
      description: ideas.description,
      authorId: ideas.authorId,
      authorName: author.displayName,
      departmentId: ideas.departmentId,
      officialAnswer: ideas.officialAnswer,
      answeredAt: ideas.answeredAt,
      answeredByName: answerer.displayName,
      hidden: sql<boolean>`${ideas.hiddenByDecisionId} is not null`,
    })
    .from(ideas)
    .leftJoin(concernCategories, eq(concernCategories.id, ideas.categoryId))
    .leftJoin(localities, eq(localities.id, ideas.localityId))
    .leftJoin(departments, eq(departments.id, ideas.departmentId))
    .leftJoin(author, eq(author.id, ideas.authorId))
    .leftJoin(answerer, eq(answerer.id, ideas.answeredById))
    .where(eq(ideas.id, id));
  return row ?? null;
}

export interface IdeaCommentItem {
  id: string;
  body: string;
  createdAt: Date;
  authorId: string | null;
  authorName: string | null;
  hidden: boolean;
}

/** A page of an idea's comments, oldest first (idea_comments_thread_idx): one query. */
export async function listIdeaComments({ ideaId, after }: { ideaId: string; after?: string | null }): Promise<{ items: IdeaCommentItem[]; nextCursor: string | null }> {
  const cursor = decodeCursor(after);
  const at = cursor ? new Date(cursor.createdAt) : null;
  const rows = await getDb()
    .select({
      id: ideaComments.id,
      body: ideaComments.body,
      createdAt: ideaComments.createdAt,
      authorId: ideaComments.authorId,
      authorName: users.displayName,
      hidden: sql<boolean>`${ideaComments.hiddenByDecisionId} is not null`,
    })
    .from(ideaComments)
    .leftJoin(users, eq(users.id, ideaComments.authorId))
    .where(and(eq(ideaComments.ideaId, ideaId), cursor && at ? or(gt(ideaComments.createdAt, at), and(eq(ideaComments.createdAt, at), gt(ideaComments.id, cursor.id))) : undefined))
    .orderBy(asc(ideaComments.createdAt), asc(ideaComments.id))
    .limit(IDEA_COMMENT_PAGE_SIZE + 1);
  const items = rows.slice(0, IDEA_COMMENT_PAGE_SIZE);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > IDEA_COMMENT_PAGE_SIZE && last ? encodeCursor(last) : null };
}

/** The facts of "idea.comment.delete": whose the comment is, and its idea. */
export async function loadIdeaCommentFacts(commentId: string): Promise<{ comment: { authorId: string | null; ideaId: string } } | null> {
  const [row] = await getDb().select({ authorId: ideaComments.authorId, ideaId: ideaComments.ideaId }).from(ideaComments).where(eq(ideaComments.id, commentId));
  return row ? { comment: row } : null;
}

export interface SimilarIdea {
  id: string;
  title: string;
  status: IdeaStatus;
  supportCount: number;
}

export const SIMILAR_IDEAS_LIMIT = 5;

/**
 * Ideas whose title or description share words with a title being typed (German stemming: "Bänke"
 * finds "Bank"). Any shared word counts (the words of plainto_tsquery joined by "or"), the best
 * matches first; read from the GIN index.
 */
export async function findSimilarIdeas(title: string): Promise<SimilarIdea[]> {
  if (title.trim().length < 3) return [];
  const query = sql`nullif(replace(plainto_tsquery('german', ${title})::text, '&', '|'), '')::tsquery`;
  return getDb()
    .select({ id: ideas.id, title: ideas.title, status: ideas.status, supportCount: ideas.supportCount })
    .from(ideas)
    .where(and(isNull(ideas.hiddenByDecisionId), sql`${ideas.searchVector} @@ ${query}`))
    .orderBy(sql`ts_rank(${ideas.searchVector}, ${query}) desc`, desc(ideas.supportCount), desc(ideas.id))
    .limit(SIMILAR_IDEAS_LIMIT);
}
