import "server-only";
import { and, desc, eq, isNull, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Database } from "@/db/client";
import { announcementComments, announcements, users } from "@/db/schema";
import { visibleAnnouncement } from "@/lib/announcements/visibility";
import { decodeKeyset, keysetIdSchema, encodeKeyset } from "@/lib/pagination";
import { EDGE_LENGTH, FRAGMENT_DELIMITER, framedExcerpt, MATCH_END, MATCH_START } from "./highlight";

/** Hits shown per kind on the overview, and per page when one kind is paged through. */
export const SEARCH_PAGE_SIZE = 10;

/** Keyset cursor over (rank, id). The rank travels as PostgreSQL's own text form of the real, so it compares exactly. */
interface SearchCursor {
  rank: string;
  id: string;
}

const cursorSchema = z.object({
  rank: z
    .string()
    .regex(/^[0-9.e+-]{1,32}$/i)
    .refine((value) => Number.isFinite(Number(value))),
  id: keysetIdSchema,
});

const encodeSearchCursor = (row: SearchCursor) => encodeKeyset({ rank: row.rank, id: row.id });

const decodeSearchCursor = (value: string | undefined): SearchCursor | null => decodeKeyset(value, cursorSchema);

/** The German full-text query for what the user typed: "Bäume" finds "Baum", "-Straße" excludes, "…" is a phrase. */
const tsQuery = (q: string) => sql`websearch_to_tsquery('german', ${q})`;

const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter="${FRAGMENT_DELIMITER}"`;
const WHOLE_TEXT_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, HighlightAll=true`;

// The marker characters are stripped from the text first, so only ts_headline's markers remain.
const withoutMarkers = (text: SQLWrapper) => sql`translate(${text}, ${MATCH_START + MATCH_END}, '')`;

/** A highlighted excerpt; PostgreSQL evaluates it only for the rows that survive the LIMIT. */
const headline = (text: SQLWrapper, query: SQL, options = HEADLINE_OPTIONS) =>
  sql<string>`ts_headline('german', ${withoutMarkers(text)}, ${query}, ${options})`;

/** The excerpt and the text's edges, for framedExcerpt to add "…" where the excerpt cuts in. */
const excerpt = (text: SQLWrapper, query: SQL) => ({
  snippet: headline(text, query),
  textStart: sql<string>`left(${text}, ${EDGE_LENGTH})`,
  textEnd: sql<string>`right(${text}, ${EDGE_LENGTH})`,
});

/**
 * How many matches are ranked at most: the newest ones. Ranking reads each match's whole text vector,
 * so a common term (in the benchmark's data "Straße" is in 19,000 of 50,000 announcements) would
 * otherwise cost hundreds of milliseconds. A common term's newest announcements are read along the
 * time index, a rare term's from the GIN index. Older matches of a common term are not found; a
 * narrower search finds them.
 */
export const SEARCH_CANDIDATES = 200;

interface SearchArgs {
  q: string;
  after?: string;
  limit?: number;
  now?: Date;
}

type Reader = Pick<Database, "select">;

/**
 * Which way finds the newest matches cheaper depends on how common the term is, so each search is
 * planned for its own term: a prepared statement otherwise switches to one generic plan after five
 * runs, one that reads every match of a common term. JIT compilation is off for the same reason it
 * does not pay here: it added ~80 ms to a search for a common term.
 */
function withPlanPerTerm<T>(run: (db: Reader) => Promise<T>): Promise<T> {
  return getDb().transaction(async (tx) => {
    await tx.execute(sql`select set_config('plan_cache_mode', 'force_custom_plan', true), set_config('jit', 'off', true)`);
    return run(tx);
  });
}

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

export interface SearchPage<T> {
  items: T[];
  nextCursor: string | null;
}

type Row = { id: string; rank: string; snippet: string; textStart: string; textEnd: string };

function toSearchPage<T extends Row>(rows: T[], limit: number): SearchPage<Omit<T, "rank" | "textStart" | "textEnd">> {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    items: shown.map((row) => {
      const item: Omit<T, "rank" | "textStart" | "textEnd"> & Partial<Row> = { ...row, snippet: framedExcerpt(row.snippet, { start: row.textStart, end: row.textEnd }) };
      delete item.rank;
      delete item.textStart;
      delete item.textEnd;
      return item;
    }),
    nextCursor: rows.length > limit && last ? encodeSearchCursor(last) : null,
  };
}

export async function searchAnnouncements(args: SearchArgs): Promise<SearchPage<AnnouncementHit>> {
  const limit = args.limit ?? SEARCH_PAGE_SIZE;
  return toSearchPage(await withPlanPerTerm((db) => announcementSearchQuery(db, { ...args, limit })), limit);
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
