import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { concerns, ideas, localities } from "@/db/schema";
import type { ConcernStatus } from "@/lib/concerns/status";
import type { IdeaStatus } from "@/lib/ideas/status";
import { excerpt, headline, rankedPage, SEARCH_CANDIDATES, SEARCH_PAGE_SIZE, tsQuery, WHOLE_TEXT_OPTIONS, runSearch, type Reader, type SearchArgs, type SearchPage } from "./fulltext";

/**
 * Concerns and ideas in /suche: what anyone may read — public concerns and ideas that no moderation
 * decision hides. Like announcements, the newest SEARCH_CANDIDATES matches are ranked (GIN index).
 */
export function concernSearchQuery(db: Reader, { q, after, limit = SEARCH_PAGE_SIZE }: SearchArgs) {
  const query = tsQuery(q);
  const candidates = db
    .select({
      id: concerns.id,
      title: concerns.title,
      description: concerns.description,
      place: concerns.place,
      status: concerns.status,
      cosignCount: concerns.cosignCount,
      localityId: concerns.localityId,
      createdAt: concerns.createdAt,
      searchVector: concerns.searchVector,
    })
    .from(concerns)
    .where(and(eq(concerns.visibility, "public"), isNull(concerns.hiddenByDecisionId), sql`${concerns.searchVector} @@ ${query}`))
    .orderBy(desc(concerns.createdAt), desc(concerns.id))
    .limit(SEARCH_CANDIDATES)
    .as("candidates");
  const page = rankedPage(candidates.searchVector, candidates.id, query, after);
  return db
    .select({
      id: candidates.id,
      status: candidates.status,
      cosignCount: candidates.cosignCount,
      localityName: localities.name,
      createdAt: candidates.createdAt,
      rank: page.rankText,
      title: headline(candidates.title, query, WHOLE_TEXT_OPTIONS),
      ...excerpt(sql`${candidates.description} || E'\n' || ${candidates.place}`, query),
    })
    .from(candidates)
    .leftJoin(localities, eq(localities.id, candidates.localityId))
    .where(page.after)
    .orderBy(desc(page.rank), desc(candidates.id))
    .limit(limit + 1);
}

export function ideaSearchQuery(db: Reader, { q, after, limit = SEARCH_PAGE_SIZE }: SearchArgs) {
  const query = tsQuery(q);
  const candidates = db
    .select({
      id: ideas.id,
      title: ideas.title,
      description: ideas.description,
      status: ideas.status,
      supportCount: ideas.supportCount,
      localityId: ideas.localityId,
      createdAt: ideas.createdAt,
      searchVector: ideas.searchVector,
    })
    .from(ideas)
    .where(and(isNull(ideas.hiddenByDecisionId), sql`${ideas.searchVector} @@ ${query}`))
    .orderBy(desc(ideas.createdAt), desc(ideas.id))
    .limit(SEARCH_CANDIDATES)
    .as("candidates");
  const page = rankedPage(candidates.searchVector, candidates.id, query, after);
  return db
    .select({
      id: candidates.id,
      status: candidates.status,
      supportCount: candidates.supportCount,
      localityName: localities.name,
      createdAt: candidates.createdAt,
      rank: page.rankText,
      title: headline(candidates.title, query, WHOLE_TEXT_OPTIONS),
      ...excerpt(candidates.description, query),
    })
    .from(candidates)
    .leftJoin(localities, eq(localities.id, candidates.localityId))
    .where(page.after)
    .orderBy(desc(page.rank), desc(candidates.id))
    .limit(limit + 1);
}

export interface ConcernHit {
  id: string;
  status: ConcernStatus;
  cosignCount: number;
  localityName: string | null;
  createdAt: Date;
  title: string;
  snippet: string;
}

export interface IdeaHit {
  id: string;
  status: IdeaStatus;
  supportCount: number;
  localityName: string | null;
  createdAt: Date;
  title: string;
  snippet: string;
}

export async function searchConcerns(args: SearchArgs): Promise<SearchPage<ConcernHit>> {
  return runSearch(args, concernSearchQuery);
}

export async function searchIdeas(args: SearchArgs): Promise<SearchPage<IdeaHit>> {
  return runSearch(args, ideaSearchQuery);
}
