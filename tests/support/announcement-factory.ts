import { eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { announcementComments, announcementLocalities, announcements, announcementTopics, followedLocalities, followedTopics, localities, topics } from "@/db/schema";
import { uniqueSuffix } from "./factories";

/** Ids of seeded localities by slug (e.g. "koepenick"); throws on an unknown slug. */
export async function localityIds(...slugs: string[]) {
  const rows = await getDb().select({ id: localities.id, slug: localities.slug }).from(localities).where(inArray(localities.slug, slugs));
  return slugs.map((slug) => {
    const row = rows.find((r) => r.slug === slug);
    if (!row) throw new Error(`unknown locality ${slug}`);
    return row.id;
  });
}

/** Ids of seeded topics by slug (e.g. "umwelt"); throws on an unknown slug. */
export async function topicIds(...slugs: string[]) {
  const rows = await getDb().select({ id: topics.id, slug: topics.slug }).from(topics).where(inArray(topics.slug, slugs));
  return slugs.map((slug) => {
    const row = rows.find((r) => r.slug === slug);
    if (!row) throw new Error(`unknown topic ${slug}`);
    return row.id;
  });
}

export interface NewAnnouncement {
  title?: string;
  summary?: string;
  body?: string;
  localities?: string[];
  topics?: string[];
  wholeDistrict?: boolean;
  status?: "published" | "unpublished";
  publishAt?: Date;
  expiresAt?: Date | null;
  commentsEnabled?: boolean;
  authorId?: string | null;
}

/** Inserts an announcement directly (the compose form is another area's), published an hour ago unless told otherwise. */
export async function createAnnouncement(input: NewAnnouncement = {}) {
  const suffix = uniqueSuffix();
  const body = input.body ?? `Text der Bekanntmachung ${suffix}.`;
  const [row] = await getDb()
    .insert(announcements)
    .values({
      title: input.title ?? `Bekanntmachung ${suffix}`,
      summary: input.summary ?? `Kurzfassung ${suffix}`,
      body,
      bodyHtml: `<p>${body}</p>`,
      wholeDistrict: input.wholeDistrict ?? false,
      status: input.status ?? "published",
      publishAt: input.publishAt ?? new Date(Date.now() - 60 * 60 * 1000),
      expiresAt: input.expiresAt ?? null,
      commentsEnabled: input.commentsEnabled ?? true,
      authorId: input.authorId ?? null,
    })
    .returning({ id: announcements.id, title: announcements.title, publishAt: announcements.publishAt });
  if (!row) throw new Error("announcement not inserted");
  const locality = await localityIds(...(input.localities ?? []));
  if (locality.length > 0) await getDb().insert(announcementLocalities).values(locality.map((localityId) => ({ announcementId: row.id, localityId })));
  const topic = await topicIds(...(input.topics ?? []));
  if (topic.length > 0) await getDb().insert(announcementTopics).values(topic.map((topicId) => ({ announcementId: row.id, topicId })));
  return row;
}

/** Inserts a comment and counts it, as the comment mutation would. */
export async function createComment({ announcementId, authorId, body, createdAt }: { announcementId: string; authorId: string | null; body?: string; createdAt?: Date }) {
  const db = getDb();
  const [row] = await db
    .insert(announcementComments)
    .values({ announcementId, authorId, body: body ?? `Kommentar ${uniqueSuffix()}`, ...(createdAt ? { createdAt } : {}) })
    .returning();
  await db.update(announcements).set({ commentCount: sql`${announcements.commentCount} + 1` }).where(eq(announcements.id, announcementId));
  if (!row) throw new Error("comment not inserted");
  return row;
}

export async function readAnnouncement(id: string) {
  const [row] = await getDb().select().from(announcements).where(eq(announcements.id, id));
  if (!row) throw new Error(`announcement ${id} not found`);
  return row;
}

/** Makes a member follow exactly these localities and topics (slugs). */
export async function follow(userId: string, { localities: localitySlugs = [], topics: topicSlugs = [] }: { localities?: string[]; topics?: string[] }) {
  const db = getDb();
  await db.delete(followedLocalities).where(eq(followedLocalities.userId, userId));
  await db.delete(followedTopics).where(eq(followedTopics.userId, userId));
  const locality = await localityIds(...localitySlugs);
  if (locality.length > 0) await db.insert(followedLocalities).values(locality.map((localityId) => ({ userId, localityId })));
  const topic = await topicIds(...topicSlugs);
  if (topic.length > 0) await db.insert(followedTopics).values(topic.map((topicId) => ({ userId, topicId })));
}
