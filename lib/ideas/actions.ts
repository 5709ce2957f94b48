"use server";

import { TRANSPARENCY_PATH } from "@/lib/moderation/paths";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action/define-action";
import { fail, ok } from "@/lib/action/result";
import { listLocalities } from "@/lib/district/queries";
import { addIdeaComment, answerIdea, deleteIdeaComment, submitIdea, supportIdea } from "./mutations";
import { IDEA_INBOX_PATH, IDEAS_FEED_PATH, IDEAS_PATH, ideaPath } from "./paths";
import { findSimilarIdeas, loadIdeaCommentFacts, loadIdeaFacts } from "./queries";
import { answerIdeaSchema, ideaCommentIdSchema, ideaCommentSchema, ideaIdSchema, similarIdeasSchema, submitIdeaSchema } from "./schemas";

/** The list and the idea's page, and with them their visitors' copies (lib/cache/visitor-paths.ts). */
function revalidateIdea(id?: string) {
  revalidatePath(IDEAS_PATH);
  revalidatePath(IDEAS_FEED_PATH);
  revalidatePath(IDEA_INBOX_PATH);
  revalidatePath(TRANSPARENCY_PATH);
  if (id) revalidatePath(ideaPath(id));
}

const facts = ({ id }: { id: string }, actor: { id: string } | null) => loadIdeaFacts(id, actor?.id);

export const submitIdeaAction = defineAction({
  input: submitIdeaSchema,
  rule: "idea.submit",
  run: async (input, { actor }) => {
    // Ids in the form come from the browser: an unknown locality or category is a field error.
    if (!(await listLocalities()).some((l) => l.id === input.localityId)) return fail("invalid_input", { fieldErrors: { localityId: ["unknownChoice"] } });
    const id = await submitIdea({ authorId: actor.id, input });
    if (id === "unknown_category") return fail("invalid_input", { fieldErrors: { categoryId: ["unknownChoice"] } });
    revalidateIdea();
    return ok({ id });
  },
});

/** While the title is typed: ideas that may already say the same (the form asks after a pause, not per key). */
export const findSimilarIdeasAction = defineAction({
  input: similarIdeasSchema,
  rule: "idea.submit",
  run: async ({ title }) => ok({ ideas: await findSimilarIdeas(title) }),
});

export const supportIdeaAction = defineAction({
  input: ideaIdSchema,
  rule: "idea.support",
  subject: facts,
  run: async ({ id }, { actor }) => {
    await supportIdea({ userId: actor.id, id });
    revalidateIdea(id);
    return ok();
  },
});

export const answerIdeaAction = defineAction({
  input: answerIdeaSchema,
  rule: "idea.answer",
  subject: facts,
  run: async (input, { actor }) => {
    if (!(await answerIdea({ actorId: actor.id, input }))) return fail("not_found");
    revalidateIdea(input.id);
    return ok();
  },
});

export const commentOnIdeaAction = defineAction({
  input: ideaCommentSchema,
  rule: "idea.comment",
  subject: facts,
  run: async ({ id, body }, { actor }) => {
    const commentId = await addIdeaComment({ authorId: actor.id, id, body });
    revalidateIdea(id);
    return ok({ id: commentId });
  },
});

export const deleteIdeaCommentAction = defineAction({
  input: ideaCommentIdSchema,
  rule: "idea.comment.delete",
  subject: ({ commentId }) => loadIdeaCommentFacts(commentId),
  run: async ({ commentId }, { actor }) => {
    const ideaId = await deleteIdeaComment({ authorId: actor.id, commentId });
    if (!ideaId) return fail("not_found");
    revalidateIdea(ideaId);
    return ok();
  },
});
