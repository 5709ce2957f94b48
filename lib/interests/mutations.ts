import "server-only";
import { eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { followedLocalities, followedTopics, localities, topics } from "@/db/schema";

/**
 * Replaces what the member follows, in one transaction: the page never sees half a change. Ids
 * that name no locality or topic (a stale form, a crafted request) are skipped, not an error.
 */
export async function replaceInterests({ userId, localityIds, topicIds }: { userId: string; localityIds: number[]; topicIds: number[] }) {
  await getDb().transaction(async (tx) => {
    await tx.delete(followedLocalities).where(eq(followedLocalities.userId, userId));
    await tx.delete(followedTopics).where(eq(followedTopics.userId, userId));
    if (localityIds.length > 0) {
      const known = await tx.select({ id: localities.id }).from(localities).where(inArray(localities.id, localityIds));
      if (known.length > 0) await tx.insert(followedLocalities).values(known.map(({ id }) => ({ userId, localityId: id })));
    }
    if (topicIds.length > 0) {
      const known = await tx.select({ id: topics.id }).from(topics).where(inArray(topics.id, topicIds));
      if (known.length > 0) await tx.insert(followedTopics).values(known.map(({ id }) => ({ userId, topicId: id })));
    }
  });
}
