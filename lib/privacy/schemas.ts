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

const lines = (value: string) =>
  value
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n");

export const MIN_AUDIT_RETENTION_MONTHS = 6;
export const MAX_AUDIT_RETENTION_MONTHS = 120;

/** The district-specific parts of the legal pages and the audit period, edited by admins. */
export const legalSettingsSchema = z.object({
  dataProtectionOfficer: z.string().transform(lines).pipe(z.string().min(1, { error: "required" }).max(1000, { error: "tooLong" })),
  supervisoryAuthority: z.string().transform(lines).pipe(z.string().min(1, { error: "required" }).max(1000, { error: "tooLong" })),
  accessibilityKnownGaps: z.string().transform(lines).pipe(z.string().max(4000, { error: "tooLong" })),
  accessibilityReviewedOn: z.union([z.literal(""), z.iso.date({ error: "dateInvalid" })]),
  auditRetentionMonths: z.coerce
    .number({ error: "auditMonths" })
    .int({ error: "auditMonths" })
    .min(MIN_AUDIT_RETENTION_MONTHS, { error: "auditMonths" })
    .max(MAX_AUDIT_RETENTION_MONTHS, { error: "auditMonths" }),
});
export type LegalSettingsInput = z.input<typeof legalSettingsSchema>;
export type LegalSettings = z.output<typeof legalSettingsSchema>;
