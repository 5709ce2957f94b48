import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { spaceEvents, spacePosts, spaces, users } from "@/db/schema";
import { readableSpaces } from "@/lib/spaces/queries";
import { excerpt, headline, markdownAsText, rankedPage, SEARCH_CANDIDATES, SEARCH_PAGE_SIZE, tsQuery, WHOLE_TEXT_OPTIONS, runSearch, type Reader, type SearchArgs, type SearchPage } from "./fulltext";

/**
 * Spaces, their posts and their events in /suche — only those of spaces the viewer may read
 * (readableSpaces: the same cut the space.read rule makes), so a private space's content is found by
 * its members alone. Hidden posts never appear.
 */
interface SpaceSearchArgs extends SearchArgs {
  viewerId: string | null;
}

export function spaceSearchQuery(db: Reader, { q, after, limit = SEARCH_PAGE_SIZE, viewerId }: SpaceSearchArgs) {
  const query = tsQuery(q);
  const candidates = db
    .select({ id: spaces.id, name: spaces.name, summary: spaces.summary, description: spaces.description, visibility: spaces.visibility, createdAt: spaces.createdAt, searchVector: spaces.searchVector })
    .from(spaces)
    .where(and(readableSpaces(viewerId), sql`${spaces.searchVector} @@ ${query}`))
    .orderBy(desc(spaces.createdAt), desc(spaces.id))
    .limit(SEARCH_CANDIDATES)
    .as("candidates");
  const page = rankedPage(candidates.searchVector, candidates.id, query, after);
  return db
    .select({
      id: candidates.id,
      visibility: candidates.visibility,
      rank: page.rankText,
      title: headline(candidates.name, query, WHOLE_TEXT_OPTIONS),
      ...excerpt(sql`${candidates.summary} || E'\n' || ${markdownAsText(candidates.description)}`, query),
    })
    .from(candidates)
    .where(page.after)
    .orderBy(desc(page.rank), desc(candidates.id))
    .limit(limit + 1);
}

export function postSearchQuery(db: Reader, { q, after, limit = SEARCH_PAGE_SIZE, viewerId }: SpaceSearchArgs) {
  const query = tsQuery(q);
  const candidates = db
    .select({
      id: spacePosts.id,
      spaceId: spacePosts.spaceId,
      spaceName: spaces.name,
      authorId: spacePosts.authorId,
      body: spacePosts.body,
      createdAt: spacePosts.createdAt,
      searchVector: spacePosts.searchVector,
    })
    .from(spacePosts)
    .innerJoin(spaces, eq(spaces.id, spacePosts.spaceId))
    .where(and(readableSpaces(viewerId), isNull(spacePosts.hiddenByOrganiserId), isNull(spacePosts.hiddenByDecisionId), sql`${spacePosts.searchVector} @@ ${query}`))
    .orderBy(desc(spacePosts.createdAt), desc(spacePosts.id))
    .limit(SEARCH_CANDIDATES)
    .as("candidates");
  const page = rankedPage(candidates.searchVector, candidates.id, query, after);
  return db
    .select({
      id: candidates.id,
      spaceId: candidates.spaceId,
      spaceName: candidates.spaceName,
      authorName: users.displayName,
      authorStatus: users.status,
      createdAt: candidates.createdAt,
      rank: page.rankText,
      ...excerpt(markdownAsText(candidates.body), query),
    })
    .from(candidates)
    .leftJoin(users, eq(users.id, candidates.authorId))
    .where(page.after)
    .orderBy(desc(page.rank), desc(candidates.id))
    .limit(limit + 1);
}

export function eventSearchQuery(db: Reader, { q, after, limit = SEARCH_PAGE_SIZE, viewerId }: SpaceSearchArgs) {
  const query = tsQuery(q);
  const candidates = db
    .select({
      id: spaceEvents.id,
      spaceId: spaceEvents.spaceId,
      spaceName: spaces.name,
      title: spaceEvents.title,
      place: spaceEvents.place,
      description: spaceEvents.description,
      startsAt: spaceEvents.startsAt,
      searchVector: spaceEvents.searchVector,
    })
    .from(spaceEvents)
    .innerJoin(spaces, eq(spaces.id, spaceEvents.spaceId))
    .where(and(readableSpaces(viewerId), sql`${spaceEvents.searchVector} @@ ${query}`))
    .orderBy(desc(spaceEvents.startsAt), desc(spaceEvents.id))
    .limit(SEARCH_CANDIDATES)
    .as("candidates");
  const page = rankedPage(candidates.searchVector, candidates.id, query, after);
  return db
    .select({
      id: candidates.id,
      spaceId: candidates.spaceId,
      spaceName: candidates.spaceName,
      place: candidates.place,
      startsAt: candidates.startsAt,
      rank: page.rankText,
      title: headline(candidates.title, query, WHOLE_TEXT_OPTIONS),
      ...excerpt(markdownAsText(candidates.description), query),
    })
    .from(candidates)
    .where(page.after)
    .orderBy(desc(page.rank), desc(candidates.id))
    .limit(limit + 1);
}

export interface SpaceHit {
  id: string;
  visibility: "public" | "members" | "private";
  title: string;
  snippet: string;
}

export interface PostHit {
  id: string;
  spaceId: string;
  spaceName: string;
  /** null once the author's account is gone. */
  authorName: string | null;
  createdAt: Date;
  snippet: string;
}

export interface EventHit {
  id: string;
  spaceId: string;
  spaceName: string;
  place: string;
  startsAt: Date;
  title: string;
  snippet: string;
}

export async function searchSpaces(args: SpaceSearchArgs): Promise<SearchPage<SpaceHit>> {
  return runSearch(args, spaceSearchQuery);
}

export async function searchPosts(args: SpaceSearchArgs): Promise<SearchPage<PostHit>> {
  const page = await runSearch(args, postSearchQuery);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map(({ authorStatus, authorName, ...hit }) => ({ ...hit, authorName: authorStatus === "deleted" ? null : authorName })),
  };
}

export async function searchEvents(args: SpaceSearchArgs): Promise<SearchPage<EventHit>> {
  return runSearch(args, eventSearchQuery);
}
