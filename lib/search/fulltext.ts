import "server-only";
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Database } from "@/db/client";
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

export const encodeSearchCursor = (row: SearchCursor) => encodeKeyset({ rank: row.rank, id: row.id });

export const decodeSearchCursor = (value: string | undefined): SearchCursor | null => decodeKeyset(value, cursorSchema);

/** The German full-text query for what the user typed: "Bäume" finds "Baum", "-Straße" excludes, "…" is a phrase. */
export const tsQuery = (q: string) => sql`websearch_to_tsquery('german', ${q})`;

const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter="${FRAGMENT_DELIMITER}"`;
export const WHOLE_TEXT_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, HighlightAll=true`;

// The marker characters are stripped from the text first, so only ts_headline's markers remain.
const withoutMarkers = (text: SQLWrapper) => sql`translate(${text}, ${MATCH_START + MATCH_END}, '')`;

/** A highlighted excerpt; PostgreSQL evaluates it only for the rows that survive the LIMIT. */
export const headline = (text: SQLWrapper, query: SQL, options = HEADLINE_OPTIONS) =>
  sql<string>`ts_headline('german', ${withoutMarkers(text)}, ${query}, ${options})`;

/** The excerpt and the text's edges, for framedExcerpt to add "…" where the excerpt cuts in. */
export const excerpt = (text: SQLWrapper, query: SQL) => ({
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

export interface SearchArgs {
  q: string;
  after?: string;
  limit?: number;
  now?: Date;
}

export type Reader = Pick<Database, "select">;

/**
 * Which way finds the newest matches cheaper depends on how common the term is, so each search is
 * planned for its own term: a prepared statement otherwise switches to one generic plan after five
 * runs, one that reads every match of a common term. JIT compilation is off for the same reason it
 * does not pay here: it added ~80 ms to a search for a common term.
 */
export function withPlanPerTerm<T>(run: (db: Reader) => Promise<T>): Promise<T> {
  return getDb().transaction(async (tx) => {
    await tx.execute(sql`select set_config('plan_cache_mode', 'force_custom_plan', true), set_config('jit', 'off', true)`);
    return run(tx);
  });
}

export interface SearchPage<T> {
  items: T[];
  nextCursor: string | null;
}

export type Row = { id: string; rank: string; snippet: string; textStart: string; textEnd: string };

export function toSearchPage<T extends Row>(rows: T[], limit: number): SearchPage<Omit<T, "rank" | "textStart" | "textEnd">> {
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

/** One kind's search: its query with the page size, run with a plan per term, cut into a page. */
export async function runSearch<A extends { limit?: number }, T extends Row>(args: A, query: (db: Reader, args: A & { limit: number }) => Promise<T[]>) {
  const limit = args.limit ?? SEARCH_PAGE_SIZE;
  return toSearchPage(await withPlanPerTerm((db) => query(db, { ...args, limit })), limit);
}


/** Markdown's markup characters would clutter a plain-text excerpt. */
export const markdownAsText = (text: SQLWrapper) => sql`regexp_replace(${text}, '[*_#>\`~|]+', '', 'g')`;

/** The rank of a candidate row, and the keyset condition that starts a page after `after`. */
export function rankedPage(searchVector: SQLWrapper, id: SQLWrapper, query: SQL, after: string | undefined) {
  const rank = sql`ts_rank(${searchVector}, ${query})`;
  const cursor = decodeSearchCursor(after);
  return {
    rank,
    rankText: sql<string>`(${rank})::text`,
    after: cursor ? sql`(${rank}, ${id}) < (${cursor.rank}::real, ${cursor.id})` : undefined,
  };
}
