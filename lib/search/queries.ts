import "server-only";
import { and, desc, eq, isNull, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { announcementComments, announcements, users } from "@/db/schema";
import { visibleAnnouncement } from "@/lib/announcements/visibility";
import { decodeKeyset, encodeKeyset } from "@/lib/pagination";
import { MATCH_END, MATCH_START } from "./highlight";

/** Hits shown per kind on the overview, and per page when one kind is paged through. */
export const SEARCH_PAGE_SIZE = 10;

/** Keyset cursor over (rank, id). The rank travels as PostgreSQL's own text form of the real, so it compares exactly. */
interface SearchCursor {
  rank: string;
  id: string;
}

const cursorSchema = z.object({ rank: z.string().regex(/^[0-9.e+-]{1,32}$/i), id: z.string().min(1).max(64) });

const encodeSearchCursor = (row: SearchCursor) => encodeKeyset({ rank: row.rank, id: row.id });

const decodeSearchCursor = (value: string | undefined): SearchCursor | null => decodeKeyset(value, cursorSchema);

/** The German full-text query for what the user typed: "Bäume" finds "Baum", "-Straße" excludes, "…" is a phrase. */
const tsQuery = (q: string) => sql`websearch_to_tsquery('german', ${q})`;

const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "`;
const WHOLE_TEXT_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, HighlightAll=true`;

// The marker characters are stripped from the text first, so only ts_headline's markers remain.
const withoutMarkers = (text: SQLWrapper) => sql`translate(${text}, ${MATCH_START + MATCH_END}, '')`;

/** A highlighted excerpt; PostgreSQL evaluates it only for the rows that survive the LIMIT. */
const headline = (text: SQLWrapper, query: SQL, options = HEADLINE_OPTIONS) =>
  sql<string>`ts_headline('german', ${withoutMarkers(text)}, ${query}, ${options})`;

// Markdown's markup characters would clutter a plain-text excerpt.
const bodyAsText = sql`regexp_replace(${announcements.body}, '[*_#>\`~|]+', '', 'g')`;

interface SearchArgs {
  q: string;
  after?: string;
  limit?: number;
  now?: Date;
}

/**
 * Visible announcements whose title, summary or body match, best first. Exported so the EXPLAIN
 * test runs exactly this SQL: the match is served by announcements_search_idx (GIN).
 */
export function announcementSearchQuery({ q, after, limit = SEARCH_PAGE_SIZE, now = new Date() }: SearchArgs) {
  const query = tsQuery(q);
  const rank = sql`ts_rank(${announcements.searchVector}, ${query})`;
  const cursor = decodeSearchCursor(after);
  return getDb()
    .select({
      id: announcements.id,
      publishAt: announcements.publishAt,
      commentCount: announcements.commentCount,
      rank: sql<string>`(${rank})::text`,
      title: headline(announcements.title, query, WHOLE_TEXT_OPTIONS),
      snippet: headline(sql`${announcements.summary} || E'\n' || ${bodyAsText}`, query),
    })
    .from(announcements)
    .where(
      and(
        visibleAnnouncement(now),
        sql`${announcements.searchVector} @@ ${query}`,
        cursor ? sql`(${rank}, ${announcements.id}) < (${cursor.rank}::real, ${cursor.id})` : undefined,
      ),
    )
    .orderBy(desc(rank), desc(announcements.id))
    .limit(limit + 1);
}

/**
 * Comments on visible announcements that match, best first: announcement_comments_search_idx (GIN)
 * finds them, the announcement is joined by its primary key.
 */
export function commentSearchQuery({ q, after, limit = SEARCH_PAGE_SIZE, now = new Date() }: SearchArgs) {
  const query = tsQuery(q);
  const rank = sql`ts_rank(${announcementComments.searchVector}, ${query})`;
  const cursor = decodeSearchCursor(after);
  return getDb()
    .select({
      id: announcementComments.id,
      announcementId: announcementComments.announcementId,
      announcementTitle: announcements.title,
      commentCount: announcements.commentCount,
      createdAt: announcementComments.createdAt,
      authorName: users.displayName,
      authorStatus: users.status,
      rank: sql<string>`(${rank})::text`,
      snippet: headline(announcementComments.body, query),
    })
    .from(announcementComments)
    .innerJoin(announcements, eq(announcements.id, announcementComments.announcementId))
    .leftJoin(users, eq(users.id, announcementComments.authorId))
    .where(
      and(
        sql`${announcementComments.searchVector} @@ ${query}`,
        isNull(announcementComments.hiddenByDecisionId),
        visibleAnnouncement(now),
        cursor ? sql`(${rank}, ${announcementComments.id}) < (${cursor.rank}::real, ${cursor.id})` : undefined,
      ),
    )
    .orderBy(desc(rank), desc(announcementComments.id))
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

export interface SearchPage<T> {
  items: T[];
  nextCursor: string | null;
}

function toSearchPage<T extends { id: string; rank: string }>(rows: T[], limit: number): SearchPage<Omit<T, "rank">> {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    items: shown.map((row) => {
      const item: Omit<T, "rank"> & { rank?: string } = { ...row };
      delete item.rank;
      return item;
    }),
    nextCursor: rows.length > limit && last ? encodeSearchCursor(last) : null,
  };
}

export async function searchAnnouncements(args: SearchArgs): Promise<SearchPage<AnnouncementHit>> {
  const limit = args.limit ?? SEARCH_PAGE_SIZE;
  return toSearchPage(await announcementSearchQuery({ ...args, limit }), limit);
}

export async function searchComments(args: SearchArgs): Promise<SearchPage<CommentHit>> {
  const limit = args.limit ?? SEARCH_PAGE_SIZE;
  const rows = await commentSearchQuery({ ...args, limit });
  const page = toSearchPage(rows, limit);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map(({ authorStatus, authorName, ...hit }) => ({ ...hit, authorName: authorStatus === "deleted" ? null : authorName })),
  };
}
