import "server-only";
import { asc, eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db/client";
import { followedLocalities, followedTopics, localities, topics } from "@/db/schema";

export interface FollowedInterests {
  localities: Array<{ id: number; name: string }>;
  topics: Array<{ id: number; name: string }>;
}

/** What "Mein Kiez" follows for this member, in the district's own order. */
export const getFollowedInterests = cache(async (userId: string): Promise<FollowedInterests> => {
  const db = getDb();
  const [followedLocalityRows, followedTopicRows] = await Promise.all([
    db
      .select({ id: localities.id, name: localities.name })
      .from(followedLocalities)
      .innerJoin(localities, eq(localities.id, followedLocalities.localityId))
      .where(eq(followedLocalities.userId, userId))
      .orderBy(asc(localities.sortOrder), asc(localities.name)),
    db
      .select({ id: topics.id, name: topics.name })
      .from(followedTopics)
      .innerJoin(topics, eq(topics.id, followedTopics.topicId))
      .where(eq(followedTopics.userId, userId))
      .orderBy(asc(topics.sortOrder), asc(topics.name)),
  ]);
  return { localities: followedLocalityRows, topics: followedTopicRows };
});
