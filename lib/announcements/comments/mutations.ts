import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { announcementComments, announcements } from "@/db/schema";
import { isAnnouncementVisible } from "@/lib/announcements/visibility";
import { notifyAudience } from "@/lib/notifications/create";
import { can, type Actor } from "@/lib/policy";

/**
 * Adds a comment and counts it, and notifies the thread's other commenters, in one transaction. Returns the new comment's id, or null when the
 * announcement is gone or no longer open for comments.
 */
export async function addComment({ actor, announcementId, body, now = new Date() }: { actor: Actor; announcementId: string; body: string; now?: Date }) {
  return getDb().transaction(async (tx) => {
    // The action asked the policy before; staff may have closed the comments since. The row lock
    // makes closing and commenting take turns, and the policy is asked again on what is locked.
    const [row] = await tx
      .select({
        status: announcements.status,
        publishAt: announcements.publishAt,
        expiresAt: announcements.expiresAt,
        hiddenByDecisionId: announcements.hiddenByDecisionId,
        commentsEnabled: announcements.commentsEnabled,
        title: announcements.title,
      })
      .from(announcements)
      .where(eq(announcements.id, announcementId))
      .for("update");
    if (!row) return null;
    if (!can(actor, "announcement.comment", { announcement: { visible: isAnnouncementVisible(row, now), commentsEnabled: row.commentsEnabled } })) return null;

    const [comment] = await tx.insert(announcementComments).values({ announcementId, authorId: actor.id, body }).returning({ id: announcementComments.id });
    await tx
      .update(announcements)
      .set({ commentCount: sql`${announcements.commentCount} + 1` })
      .where(eq(announcements.id, announcementId));
    if (!comment) return null;
    // Everyone else who commented here hears of it (comments are one flat thread per announcement).
    await notifyAudience(
      {
        audience: sql`select distinct c.author_id from announcement_comments c join users u on u.id = c.author_id
          where c.announcement_id = ${announcementId} and c.author_id <> ${actor.id} and u.status = 'active'`,
        kind: "comment_reply",
        data: { announcementId, commentId: comment.id },
        thread: { key: `announcement:${announcementId}`, title: row.title },
      },
      tx,
    );
    return comment.id;
  });
}

/** Changes the author's own comment (ownership is part of the where). Returns its announcement's id, or null. */
export async function editComment({ authorId, commentId, body }: { authorId: string; commentId: string; body: string }) {
  const [row] = await getDb()
    .update(announcementComments)
    .set({ body, editedAt: new Date() })
    .where(and(eq(announcementComments.id, commentId), eq(announcementComments.authorId, authorId)))
    .returning({ announcementId: announcementComments.announcementId });
  return row?.announcementId ?? null;
}

/** Deletes the author's own comment and uncounts it, in one transaction. Returns its announcement's id, or null. */
export async function deleteComment({ authorId, commentId }: { authorId: string; commentId: string }) {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .delete(announcementComments)
      .where(and(eq(announcementComments.id, commentId), eq(announcementComments.authorId, authorId)))
      .returning({ announcementId: announcementComments.announcementId });
    if (!row) return null;
    await tx
      .update(announcements)
      .set({ commentCount: sql`greatest(${announcements.commentCount} - 1, 0)` })
      .where(eq(announcements.id, row.announcementId));
    return row.announcementId;
  });
}
