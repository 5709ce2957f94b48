import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { announcementComments, announcements, users } from "@/db/schema";
import { visibleAnnouncement } from "@/lib/announcements/visibility";
import { decodeSearchCursor, excerpt, headline, SEARCH_CANDIDATES, SEARCH_PAGE_SIZE, toSearchPage, tsQuery, WHOLE_TEXT_OPTIONS, withPlanPerTerm, runSearch, type Reader, type SearchArgs, type SearchPage } from "./fulltext";

export { SEARCH_CANDIDATES, SEARCH_PAGE_SIZE, type SearchPage } from "./fulltext";

/**
 * Visible announcements whose title, summary or body match, best first among the newest
 * SEARCH_CANDIDATES matches: announcements_published_idx or announcements_search_idx (GIN) finds them.
 */
export function announcementSearchQuery(db: Reader, { q, after, limit = SEARCH_PAGE_SIZE, now = new Date() }: SearchArgs) {
  const query = tsQuery(q);
  const candidates = db
    .select({
      id: announcements.id,
      publishAt: announcements.publishAt,
      commentCount: announcements.commentCount,
      title: announcements.title,
      summary: announcements.summary,
      body: announcements.body,
      searchVector: announcements.searchVector,
    })
    .from(announcements)
    .where(and(visibleAnnouncement(now), sql`${announcements.searchVector} @@ ${query}`))
    .orderBy(desc(announcements.publishAt), desc(announcements.id))
    .limit(SEARCH_CANDIDATES)
    .as("candidates");
  const rank = sql`ts_rank(${candidates.searchVector}, ${query})`;
  // Markdown's markup characters would clutter a plain-text excerpt.
  const bodyAsText = sql`regexp_replace(${candidates.body}, '[*_#>\`~|]+', '', 'g')`;
  const cursor = decodeSearchCursor(after);
  return db
    .select({
      id: candidates.id,
      publishAt: candidates.publishAt,
      commentCount: candidates.commentCount,
      rank: sql<string>`(${rank})::text`,
      title: headline(candidates.title, query, WHOLE_TEXT_OPTIONS),
      ...excerpt(sql`${candidates.summary} || E'\n' || ${bodyAsText}`, query),
    })
    .from(candidates)
    .where(cursor ? sql`(${rank}, ${candidates.id}) < (${cursor.rank}::real, ${cursor.id})` : undefined)
    .orderBy(desc(rank), desc(candidates.id))
    .limit(limit + 1);
}

/**
 * Comments on visible announcements that match, best first among the newest SEARCH_CANDIDATES
 * matching comments: announcement_comments_search_idx (GIN) finds them. Their announcements are
 * joined (and invisible ones dropped) only after the cut: with the join inside, PostgreSQL cannot
 * keep just the newest 200 while sorting and sorted every match of a common term (600 ms, on disk).
 * A common term's matches are still all read, though not ranked; a time index was left out on
 * purpose: read from the newest end until 200 matches turn up, it would cost the whole table for a
 * term that was common years ago (and that the planner thinks common now).
 */
export function commentSearchQuery(db: Reader, { q, after, limit = SEARCH_PAGE_SIZE, now = new Date() }: SearchArgs) {
  const query = tsQuery(q);
  const candidates = db
    .select({
      id: announcementComments.id,
      announcementId: announcementComments.announcementId,
      authorId: announcementComments.authorId,
      createdAt: announcementComments.createdAt,
      body: announcementComments.body,
      searchVector: announcementComments.searchVector,
    })
    .from(announcementComments)
    .where(and(sql`${announcementComments.searchVector} @@ ${query}`, isNull(announcementComments.hiddenByDecisionId)))
    .orderBy(desc(announcementComments.createdAt), desc(announcementComments.id))
    .limit(SEARCH_CANDIDATES)
    .as("candidates");
  const rank = sql`ts_rank(${candidates.searchVector}, ${query})`;
  const cursor = decodeSearchCursor(after);
  return db
    .select({
      id: candidates.id,
      announcementId: candidates.announcementId,
      announcementTitle: announcements.title,
      commentCount: announcements.commentCount,
      createdAt: candidates.createdAt,
      authorName: users.displayName,
      authorStatus: users.status,
      rank: sql<string>`(${rank})::text`,
      ...excerpt(candidates.body, query),
    })
    .from(candidates)
    .innerJoin(announcements, eq(announcements.id, candidates.announcementId))
    .leftJoin(users, eq(users.id, candidates.authorId))
    .where(and(visibleAnnouncement(now), cursor ? sql`(${rank}, ${candidates.id}) < (${cursor.rank}::real, ${cursor.id})` : undefined))
    .orderBy(desc(rank), desc(candidates.id))
    .limit(limit + 1);
}

export interface AnnouncementHit {
  id: string;
  publishAt: Date;
  commentCount: number;
  /** Title and excerpt with the markers of lib/search/highlight around each match. */
  title: string;
  snippet: string;
}

export interface CommentHit {
  id: string;
  announcementId: string;
  announcementTitle: string;
  /** The thread is longer than one page: the link must start the page at this comment. */
  commentCount: number;
  createdAt: Date;
  /** null once the author's account is gone. */
  authorName: string | null;
  snippet: string;
}

export async function searchAnnouncements(args: SearchArgs): Promise<SearchPage<AnnouncementHit>> {
  return runSearch(args, announcementSearchQuery);
}

export async function searchComments(args: SearchArgs): Promise<SearchPage<CommentHit>> {
  const limit = args.limit ?? SEARCH_PAGE_SIZE;
  const rows = await withPlanPerTerm((db) => commentSearchQuery(db, { ...args, limit }));
  const page = toSearchPage(rows, limit);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map(({ authorStatus, authorName, ...hit }) => ({ ...hit, authorName: authorStatus === "deleted" ? null : authorName })),
  };
}
