import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { spacePosts, spaces } from "@/db/schema";
import { renderAnnouncementBody } from "@/lib/announcements/render";
import { recordAudit } from "@/lib/audit/record";
import { notifyAudience } from "@/lib/notifications/create";
import { removeUploadsOf } from "@/lib/uploads/mutations";

/**
 * Who hears of a new post: the space's members, and for a public space its followers; partner contacts
 * unless the space is private (a private space's content reaches no one outside it). Never the author.
 */
const postAudience = (spaceId: string, authorId: string) => sql`
  select user_id from space_members where space_id = ${spaceId} and membership in ('member', 'organiser', 'owner') and user_id <> ${authorId}
  union
  select f.user_id from space_follows f join spaces s on s.id = f.space_id where f.space_id = ${spaceId} and s.visibility = 'public' and f.user_id <> ${authorId}
  union
  select p.contact_id from space_partners p join spaces s on s.id = p.space_id where p.space_id = ${spaceId} and s.visibility <> 'private' and p.contact_id is not null and p.contact_id <> ${authorId}`;

export async function createPost({ spaceId, authorId, body }: { spaceId: string; authorId: string; body: string }) {
  return getDb().transaction(async (tx) => {
    const [row] = await tx.insert(spacePosts).values({ spaceId, authorId, body, bodyHtml: renderAnnouncementBody(body) }).returning({ id: spacePosts.id });
    if (!row) throw new Error("post not stored");
    const [space] = await tx.select({ name: spaces.name }).from(spaces).where(eq(spaces.id, spaceId));
    await notifyAudience(
      { audience: postAudience(spaceId, authorId), kind: "space_post", data: { spaceId, postId: row.id }, thread: { key: `space:${spaceId}`, title: space?.name ?? "" } },
      tx,
    );
    return row.id;
  });
}

/** The author deletes their own post; its photos and PDFs go with it. */
export async function deletePost({ spaceId, postId, authorId }: { spaceId: string; postId: string; authorId: string }) {
  return getDb().transaction(async (tx) => {
    const rows = await tx
      .delete(spacePosts)
      .where(and(eq(spacePosts.id, postId), eq(spacePosts.spaceId, spaceId), eq(spacePosts.authorId, authorId)))
      .returning({ id: spacePosts.id });
    if (rows.length === 0) return false;
    await removeUploadsOf("space_post", postId, tx);
    return true;
  });
}

export async function setPostPinned({ spaceId, postId, pinned }: { spaceId: string; postId: string; pinned: boolean }) {
  const rows = await getDb()
    .update(spacePosts)
    .set({ pinned })
    .where(and(eq(spacePosts.id, postId), eq(spacePosts.spaceId, spaceId)))
    .returning({ id: spacePosts.id });
  return rows.length > 0;
}

/** First-line moderation: an organiser hides a post in their own space; the audit log records who and which. */
export async function hidePostAsOrganiser({ actorId, spaceId, postId }: { actorId: string; spaceId: string; postId: string }) {
  return getDb().transaction(async (tx) => {
    const rows = await tx
      .update(spacePosts)
      .set({ hiddenByOrganiserId: actorId, pinned: false })
      .where(and(eq(spacePosts.id, postId), eq(spacePosts.spaceId, spaceId), isNull(spacePosts.hiddenByOrganiserId)))
      .returning({ id: spacePosts.id });
    if (rows.length === 0) return false;
    await recordAudit({ actorId, action: "space.post_hidden", targetType: "space_post", targetId: postId, details: { spaceId } }, tx);
    return true;
  });
}
