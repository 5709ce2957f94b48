import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { concernCategories, concerns, departments, ideas, localities, spacePosts, spaces, users } from "@/db/schema";
import type { ConcernStatus } from "@/lib/concerns/status";
import type { IdeaStatus } from "@/lib/ideas/status";

/** How many entries a feed carries: the newest. */
export const FEED_LENGTH = 50;

export interface ParticipationFeedEntry {
  id: string;
  title: string;
  description: string;
  createdAt: Date;
  updatedAt: Date;
  categoryName: string | null;
  localityName: string | null;
  departmentName: string | null;
}

/** Public concerns no decision hides, newest first (concerns_public_idx), with their current status. */
export function listConcernFeedEntries(): Promise<Array<ParticipationFeedEntry & { status: ConcernStatus }>> {
  return getDb()
    .select({
      id: concerns.id,
      title: concerns.title,
      description: concerns.description,
      status: concerns.status,
      createdAt: concerns.createdAt,
      updatedAt: concerns.statusChangedAt,
      categoryName: concernCategories.name,
      localityName: localities.name,
      departmentName: departments.name,
    })
    .from(concerns)
    .leftJoin(concernCategories, eq(concernCategories.id, concerns.categoryId))
    .leftJoin(localities, eq(localities.id, concerns.localityId))
    .leftJoin(departments, eq(departments.id, concerns.departmentId))
    .where(and(eq(concerns.visibility, "public"), isNull(concerns.hiddenByDecisionId)))
    .orderBy(desc(concerns.createdAt), desc(concerns.id))
    .limit(FEED_LENGTH);
}

/** Ideas no decision hides, newest first (ideas_public_idx), with the official answer once there is one. */
export function listIdeaFeedEntries(): Promise<Array<ParticipationFeedEntry & { status: IdeaStatus; officialAnswer: string }>> {
  return getDb()
    .select({
      id: ideas.id,
      title: ideas.title,
      description: ideas.description,
      status: ideas.status,
      officialAnswer: ideas.officialAnswer,
      createdAt: ideas.createdAt,
      updatedAt: ideas.createdAt,
      answeredAt: ideas.answeredAt,
      categoryName: concernCategories.name,
      localityName: localities.name,
      departmentName: departments.name,
    })
    .from(ideas)
    .leftJoin(concernCategories, eq(concernCategories.id, ideas.categoryId))
    .leftJoin(localities, eq(localities.id, ideas.localityId))
    .leftJoin(departments, eq(departments.id, ideas.departmentId))
    .where(isNull(ideas.hiddenByDecisionId))
    .orderBy(desc(ideas.createdAt), desc(ideas.id))
    .limit(FEED_LENGTH)
    .then((rows) => rows.map(({ answeredAt, ...row }) => ({ ...row, updatedAt: answeredAt ?? row.createdAt })));
}

export interface SpaceFeed {
  id: string;
  name: string;
  summary: string;
  posts: Array<{ id: string; bodyHtml: string; body: string; authorName: string | null; createdAt: Date; editedAt: Date | null }>;
}

/** A public space and its newest visible posts (space_posts_stream_idx); null for any other space. */
export async function getPublicSpaceFeed(spaceId: string): Promise<SpaceFeed | null> {
  const [space] = await getDb()
    .select({ id: spaces.id, name: spaces.name, summary: spaces.summary })
    .from(spaces)
    .where(and(eq(spaces.id, spaceId), eq(spaces.visibility, "public")));
  if (!space) return null;
  const posts = await getDb()
    .select({ id: spacePosts.id, body: spacePosts.body, bodyHtml: spacePosts.bodyHtml, authorName: users.displayName, authorStatus: users.status, createdAt: spacePosts.createdAt, editedAt: spacePosts.editedAt })
    .from(spacePosts)
    .leftJoin(users, eq(users.id, spacePosts.authorId))
    .where(and(eq(spacePosts.spaceId, spaceId), isNull(spacePosts.hiddenByOrganiserId), isNull(spacePosts.hiddenByDecisionId)))
    .orderBy(desc(spacePosts.createdAt), desc(spacePosts.id))
    .limit(FEED_LENGTH);
  return { ...space, posts: posts.map(({ authorStatus, authorName, ...post }) => ({ ...post, authorName: authorStatus === "deleted" ? null : authorName })) };
}
