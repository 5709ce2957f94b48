import { z } from "zod";
import { serialIdSchema } from "@/lib/action/serial-id";
import { ANSWER_STATUSES } from "./status";

// Messages are keys: looked up in ideas.validation.*, then in validation.*.
const text = (min: number, max: number, short: string) =>
  z.string({ error: short }).trim().min(min, { error: short }).max(max, { error: "tooLong" });

export const submitIdeaSchema = z.object({
  title: text(5, 160, "titleTooShort"),
  description: text(20, 4000, "descriptionTooShort"),
  categoryId: serialIdSchema("categoryRequired"),
  localityId: serialIdSchema("localityRequired"),
});
export type SubmitIdeaInput = z.infer<typeof submitIdeaSchema>;

/** What the title field sends while one types: short, so the suggestion query stays cheap. */
export const similarIdeasSchema = z.object({ title: z.string().trim().max(160, { error: "tooLong" }) });

export const ideaIdSchema = z.object({ id: z.uuid({ error: "invalid" }) });

export const answerIdeaSchema = z
  .object({
    id: z.uuid({ error: "invalid" }),
    status: z.enum(ANSWER_STATUSES, { error: "statusRequired" }),
    answer: text(10, 4000, "answerTooShort"),
  })
  // A decline gives its reason: a real sentence, not a word.
  .refine((v) => v.status !== "declined" || v.answer.length >= 30, { path: ["answer"], error: "declineReasonRequired" });
export type AnswerIdeaInput = z.infer<typeof answerIdeaSchema>;

export const ideaCommentSchema = z.object({ id: z.uuid({ error: "invalid" }), body: text(2, 2000, "commentTooShort") });
export const ideaCommentIdSchema = z.object({ commentId: z.uuid({ error: "invalid" }) });

export const supportThresholdSchema = z.object({
  ideaSupportThreshold: z.coerce
    .number({ error: "thresholdRange" })
    .int({ error: "thresholdRange" })
    .min(1, { error: "thresholdRange" })
    .max(100000, { error: "thresholdRange" }),
});
