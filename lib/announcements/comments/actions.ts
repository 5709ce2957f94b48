"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action/define-action";
import { fail, ok } from "@/lib/action/result";
import { addComment, deleteComment, editComment } from "./mutations";
import { loadCommentFacts, loadAnnouncementFacts } from "./queries";
import { addCommentSchema, deleteCommentSchema, editCommentSchema } from "./schemas";
import { ANNOUNCEMENTS_PATH, announcementPath } from "@/lib/announcements/paths";

/** The thread's page shows the change, lists show the new count. */
function revalidateThread(announcementId: string) {
  revalidatePath(announcementPath(announcementId));
  revalidatePath(ANNOUNCEMENTS_PATH);
}

export const addCommentAction = defineAction({
  input: addCommentSchema,
  rule: "announcement.comment",
  subject: ({ announcementId }) => loadAnnouncementFacts(announcementId),
  run: async ({ announcementId, body }, { actor }) => {
    const id = await addComment({ actor, announcementId, body });
    // Closed (or unpublished) between the policy check and the write.
    if (!id) return fail("forbidden");
    revalidateThread(announcementId);
    return ok({ id });
  },
});

export const editCommentAction = defineAction({
  input: editCommentSchema,
  rule: "comment.edit",
  subject: ({ commentId }) => loadCommentFacts(commentId),
  // The author asking while a report or an appeal is open is told why, and keeps the new text in the form.
  refusal: ({ comment }) => (comment.underModeration ? "under_moderation" : null),
  run: async ({ commentId, body }, { actor }) => {
    const announcementId = await editComment({ authorId: actor.id, commentId, body });
    if (!announcementId) return fail("not_found");
    revalidateThread(announcementId);
    return ok();
  },
});

export const deleteCommentAction = defineAction({
  input: deleteCommentSchema,
  rule: "comment.delete",
  subject: ({ commentId }) => loadCommentFacts(commentId),
  run: async ({ commentId }, { actor }) => {
    const announcementId = await deleteComment({ authorId: actor.id, commentId });
    if (!announcementId) return fail("not_found");
    revalidateThread(announcementId);
    return ok();
  },
});
