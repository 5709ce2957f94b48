import "server-only";
import { or, type SQL } from "drizzle-orm";
import { getFollowedInterests } from "@/lib/interests/queries";
import { announcementInLocalities, announcementWithTopics, listAnnouncements } from "./queries";
import type { AnnouncementPage } from "./types";

interface Interests {
  localityIds: number[];
  topicIds: number[];
}

/**
 * "Mein Kiez": announcements for a followed locality (whole-district ones count for every
 * locality, as in the public list's filter) or on a followed topic. Null when the member follows
 * nothing: then nothing matches — not even whole-district announcements.
 */
export function meinKiezCondition({ localityIds, topicIds }: Interests): SQL | null {
  const parts = [
    localityIds.length > 0 ? announcementInLocalities(localityIds) : undefined,
    topicIds.length > 0 ? announcementWithTopics(topicIds) : undefined,
  ].filter((part): part is SQL => part !== undefined);
  return parts.length > 0 ? or(...parts)! : null;
}

/**
 * One page of the member's "Mein Kiez", newest first, through the public list's query: visible
 * announcements only, keyset-paginated along announcements_published_idx.
 */
export async function listMeinKiez({ userId, cursor, limit, now }: { userId: string; cursor?: string | null; limit?: number; now?: Date }): Promise<AnnouncementPage> {
  const followed = await getFollowedInterests(userId);
  const where = meinKiezCondition({ localityIds: followed.localities.map((l) => l.id), topicIds: followed.topics.map((t) => t.id) });
  if (!where) return { items: [], nextCursor: null };
  return listAnnouncements({ where, cursor, limit, now });
}
