import { z } from "zod";

// Messages are keys: looked up in announcements.comments.validation.*, then in validation.* (see the comment form).

export const COMMENT_MAX_LENGTH = 2000;

/** Plain text: trimmed, not empty, at most 2000 characters. Links are made clickable only when shown. */
export const commentBodySchema = z
  .string({ error: "commentEmpty" })
  .trim()
  .min(1, { error: "commentEmpty" })
  .max(COMMENT_MAX_LENGTH, { error: "commentTooLong" });

const id = z.string().min(1).max(64);

export const addCommentSchema = z.object({ announcementId: id, body: commentBodySchema });

export const editCommentSchema = z.object({ commentId: id, body: commentBodySchema });

export const deleteCommentSchema = z.object({ commentId: id });
