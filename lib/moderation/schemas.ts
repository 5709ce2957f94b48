import { z } from "zod";
import { decisionKinds, moderationTargetTypes, reportReasons } from "@/db/schema/moderation";
import { RULES_OF_CONDUCT } from "./rules-of-conduct";

// Messages are keys: looked up in conduct.validation.*, then in validation.*.

export const EXPLANATION_MAX_LENGTH = 2000;
export const FACTS_MAX_LENGTH = 4000;

const id = z.string().min(1).max(64);
const text = (min: number, max: number, tooShort: string, tooLong = "tooLong") =>
  z.string({ error: tooShort }).trim().min(min, { error: tooShort }).max(max, { error: tooLong });

export const targetSchema = z.object({
  targetType: z.enum(moderationTargetTypes),
  targetId: id,
});

/** Messages are reported from their conversation, with its context and a membership check ("message.report", lib/messages). */
export const reportSchema = targetSchema.extend({
  targetType: z.enum(moderationTargetTypes).exclude(["message"]),
  reason: z.enum(reportReasons, { error: "reasonRequired" }),
  explanation: text(10, EXPLANATION_MAX_LENGTH, "explanationTooShort"),
  /** A ticked checkbox: true from the form, "on" from FormData; anything else (or nothing) is no consent. */
  mediationConsent: z.union([z.boolean(), z.literal("on")]).optional().transform((value) => value === true || value === "on"),
});

export const claimSchema = targetSchema;

/** Suspension length offered in the decision form; "indefinite" keeps the account closed until an appeal or admin lifts it. */
export const SUSPENSION_DURATIONS = ["1", "7", "30", "90", "indefinite"] as const;

export const decideSchema = targetSchema
  .extend({
    kind: z.enum(decisionKinds, { error: "kindRequired" }),
    ruleKey: z.union([z.enum(RULES_OF_CONDUCT), z.literal("")]).default(""),
    facts: text(10, FACTS_MAX_LENGTH, "factsTooShort"),
    duration: z.union([z.enum(SUSPENSION_DURATIONS), z.literal("")]).default(""),
  })
  .superRefine((value, ctx) => {
    if (value.kind !== "dismiss" && value.ruleKey === "") ctx.addIssue({ code: "custom", path: ["ruleKey"], message: "ruleRequired" });
    if (value.kind === "suspend" && value.duration === "") ctx.addIssue({ code: "custom", path: ["duration"], message: "durationRequired" });
  });

export const appealSchema = z.object({
  decisionId: id,
  statement: text(10, EXPLANATION_MAX_LENGTH, "appealTooShort"),
});

export const decideAppealSchema = z.object({
  appealId: id,
  outcome: z.enum(["upheld", "reversed"], { error: "outcomeRequired" }),
  note: text(10, FACTS_MAX_LENGTH, "noteTooShort"),
});

export type ReportInput = z.input<typeof reportSchema>;
export type DecideInput = z.input<typeof decideSchema>;
