import { z } from "zod";
import { moderationTargetTypes } from "@/db/schema/moderation";

// Messages are keys: looked up in conduct.validation.*, then in validation.*.

export const MEDIATION_MESSAGE_MAX_LENGTH = 4000;

const id = z.string().min(1).max(64);

/** "@anna, bernd; carla" → ["anna", "bernd", "carla"] (case kept; matched case-insensitively). */
export function parseUsernames(value: string): string[] {
  const names = value
    .split(/[\s,;]+/)
    .map((name) => name.replace(/^@/, "").trim())
    .filter(Boolean);
  return [...new Map(names.map((name) => [name.toLowerCase(), name])).values()];
}

const messageBody = z
  .string({ error: "messageEmpty" })
  .trim()
  .min(1, { error: "messageEmpty" })
  .max(MEDIATION_MESSAGE_MAX_LENGTH, { error: "messageTooLong" });

export const openMediationSchema = z.object({
  title: z.string({ error: "titleTooShort" }).trim().min(3, { error: "titleTooShort" }).max(200, { error: "tooLong" }),
  parties: z
    .string({ error: "partiesRequired" })
    .max(1000, { error: "tooLong" })
    .refine((value) => parseUsernames(value).length >= 2, { error: "partiesRequired" }),
  message: messageBody,
});

/** The same form, opened from a report's review page: the reported target travels along. */
export const openMediationFromReportSchema = openMediationSchema.extend({ sourceType: z.enum(moderationTargetTypes), sourceId: id });

export type OpenMediationInput = z.input<typeof openMediationFromReportSchema>;

/** A search for people to name as parties. */
export const searchPeopleSchema = z.object({ q: z.string().trim().max(100, { error: "tooLong" }) });

export const postMediationMessageSchema = z.object({ caseId: id, body: messageBody });

export const closeMediationSchema = z.object({
  caseId: id,
  outcomeNote: z.string({ error: "outcomeNoteTooShort" }).trim().min(10, { error: "outcomeNoteTooShort" }).max(MEDIATION_MESSAGE_MAX_LENGTH, { error: "tooLong" }),
});
