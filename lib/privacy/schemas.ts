import { z } from "zod";

// Messages are keys into messages/*.json → validation.*; the form translates them.

/** "Konto löschen": the current password where the account has one (the server decides), and the comments choice. */
export const deleteAccountSchema = z.object({
  password: z.string().max(200, { error: "tooLong" }).optional(),
  deleteComments: z.boolean().default(false),
});

export const requestExportSchema = z.object({});

export const exportIdSchema = z.object({ id: z.uuid() });

export const accessibilityFeedbackSchema = z.object({
  message: z.string().trim().min(10, { error: "feedbackTooShort" }).max(4000, { error: "tooLong" }),
  contact: z.string().trim().max(254, { error: "tooLong" }).optional(),
  pageUrl: z.string().trim().max(500, { error: "tooLong" }).optional(),
});
