import { z } from "zod";
import { locales } from "@/lib/i18n/config";
import { hasAmbiguousCharacters, isWellFormedCode, normalizeCode } from "./code-format";

// Messages are keys into messages/*.json → validation.*; the form translates them.

export const MAX_BATCH_SIZE = 200;

const note = z.string().trim().max(200, { error: "tooLong" });

/** A code for one person at the counter; the note is for the office only. */
export const issueCodeSchema = z.object({ note });

/** Codes for a letter run: one letter per code. */
export const issueBatchSchema = z.object({
  count: z.coerce
    .number({ error: "batchCount" })
    .int({ error: "batchCount" })
    .min(1, { error: "batchCount" })
    .max(MAX_BATCH_SIZE, { error: "batchCount" }),
  note,
  /** The language the letters are printed in; kept in the log with the count. */
  language: z.enum(locales, { error: "required" }),
});

export const revokeCodeSchema = z.object({
  codeId: z.uuid(),
  reason: z.string().trim().max(1000, { error: "tooLong" }),
});

/**
 * Whatever the person typed (any case, spaces, dashes) becomes the bare code; a code that cannot
 * exist is refused here, so it never costs an attempt against the rate limit.
 */
export const redeemCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, { error: "required" })
    .max(64, { error: "verificationCodeFormat" })
    .transform(normalizeCode)
    .check((ctx) => {
      if (isWellFormedCode(ctx.value)) return;
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        message: hasAmbiguousCharacters(ctx.value) ? "verificationCodeCharacters" : "verificationCodeFormat",
      });
    }),
});

export const CODE_STATUSES = ["open", "used", "expired", "revoked"] as const;
export type CodeStatus = (typeof CODE_STATUSES)[number];

/** The list's filter, from the query string. */
export const codeListSchema = z.object({
  status: z.enum(CODE_STATUSES).optional(),
  batch: z.uuid().optional(),
  after: z.string().max(200).optional(),
});
