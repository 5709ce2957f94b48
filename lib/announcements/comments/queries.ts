import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { announcementComments, announcements, moderationDecisions, users } from "@/db/schema";
import { isAnnouncementVisible } from "@/lib/announcements/visibility";
import { isUnderModeration } from "@/lib/moderation/under-moderation";
import { decodeCursor, encodeCursor } from "@/lib/pagination";
import type { AnnouncementFacts, CommentFacts, Role, Verification } from "@/lib/policy";

/** Comments shown per page of a thread. */
export const COMMENT_PAGE_SIZE = 50;

export interface CommentAuthor {
  id: string;
  displayName: string | null;
  verification: Verification;
  role: Role;
  /** The account was deleted: the comment stays, attributed to "deleted member". */
  deleted: boolean;
}

export interface CommentItem {
  id: string;
  /** Empty for a hidden comment unless the viewer wrote it: others never receive its text. */
  body: string;
  /** Set while a moderation decision hides the comment. */
  hidden: { decisionId: string; ruleKey: string | null } | null;
  createdAt: Date;
  editedAt: Date | null;
  /** null once the author's account is gone. */
  author: CommentAuthor | null;
}

export interface CommentPage {
  items: CommentItem[];
  /** Starts the next page at its first comment (inclusive), so a search hit can link to its own page. */
  nextCursor: string | null;
}

export interface CommentThread {
  /** What the policy needs to decide "announcement.comment". */
  announcement: AnnouncementFacts;
  commentCount: number;
}

/** The state of an announcement's thread, or null when there is no such announcement. */
export async function getCommentThread(announcementId: string, now = new Date()): Promise<CommentThread | null> {
  const [row] = await getDb()
    .select({
      status: announcements.status,
      publishAt: announcements.publishAt,
      expiresAt: announcements.expiresAt,
      hiddenByDecisionId: announcements.hiddenByDecisionId,
      commentsEnabled: announcements.commentsEnabled,
      commentCount: announcements.commentCount,
    })
    .from(announcements)
    .where(eq(announcements.id, announcementId));
  if (!row) return null;
  return { announcement: { visible: isAnnouncementVisible(row, now), commentsEnabled: row.commentsEnabled }, commentCount: row.commentCount };
}

/** The facts of "announcement.comment", or null when there is no such announcement. */
export async function loadAnnouncementFacts(announcementId: string): Promise<{ announcement: AnnouncementFacts } | null> {
  const thread = await getCommentThread(announcementId);
  return thread && { announcement: thread.announcement };
}

/** What the policy needs to decide "comment.edit" / "comment.delete". */
export async function loadCommentFacts(commentId: string): Promise<{ comment: CommentFacts } | null> {
  const [row] = await getDb()
    .select({ authorId: announcementComments.authorId })
    .from(announcementComments)
    .where(eq(announcementComments.id, commentId));
  if (!row) return null;
  return { comment: { authorId: row.authorId, underModeration: await isUnderModeration({ type: "comment", id: commentId }) } };
}

/** The cursor that starts a thread page at this very comment. */
export const commentPageCursor = (comment: { createdAt: Date; id: string }) => encodeCursor(comment);

/**
 * One page of a thread, oldest first, served by announcement_comments_thread_idx
 * (announcement_id, created_at, id). `from` starts the page at that comment, inclusive.
 */
export async function listComments({
  announcementId,
  from,
  limit = COMMENT_PAGE_SIZE,
  viewerId = null,
}: {
  announcementId: string;
  from?: string;
  limit?: number;
  /** The signed-in reader: the author of a hidden comment still reads it, with the reason. */
  viewerId?: string | null;
}): Promise<CommentPage> {
  const cursor = decodeCursor(from);
  const rows = await getDb()
    .select({
      id: announcementComments.id,
      body: announcementComments.body,
      createdAt: announcementComments.createdAt,
      editedAt: announcementComments.editedAt,
      hiddenByDecisionId: announcementComments.hiddenByDecisionId,
      hidingRule: moderationDecisions.ruleKey,
      authorId: users.id,
      displayName: users.displayName,
      verification: users.verification,
      role: users.role,
      authorStatus: users.status,
    })
    .from(announcementComments)
    .leftJoin(users, eq(users.id, announcementComments.authorId))
    .leftJoin(moderationDecisions, eq(moderationDecisions.id, announcementComments.hiddenByDecisionId))
    .where(
      and(
        eq(announcementComments.announcementId, announcementId),
        // One row comparison, so the index range starts right at the cursor.
        cursor
          ? sql`(${announcementComments.createdAt}, ${announcementComments.id}) >= (${cursor.createdAt}::timestamptz, ${cursor.id})`
          : undefined,
      ),
    )
    .orderBy(asc(announcementComments.createdAt), asc(announcementComments.id))
    .limit(limit + 1);

  const items: CommentItem[] = rows.slice(0, limit).map(({ authorId, displayName, verification, role, authorStatus, hiddenByDecisionId, hidingRule, ...comment }) => ({
    ...comment,
    body: hiddenByDecisionId && (viewerId === null || authorId !== viewerId) ? "" : comment.body,
    hidden: hiddenByDecisionId ? { decisionId: hiddenByDecisionId, ruleKey: hidingRule } : null,
    author: authorId && verification && role ? { id: authorId, displayName, verification, role, deleted: authorStatus === "deleted" } : null,
  }));
  const next = rows[limit];
  return { items, nextCursor: next ? commentPageCursor(next) : null };
}
