/**
 * How long the platform keeps what (DSGVO Art. 5 (1) e). The retention rules (retention.ts) and the
 * privacy page read this one list, so the page cannot promise what the jobs do not do. The audit
 * period is the district's setting (district_settings.audit_retention_months).
 */
export const RETENTION = {
  /** Accounts whose profile was never completed (the link was followed, the form never sent). */
  unfinishedSignUpHours: 24,
  /** Sign-in links never used (Auth.js deletes a used one at once; they expire after 30 minutes). */
  unusedSignInLinkHours: 24,
  /** Verification codes nobody redeemed: removed when they expire (used ones stay as proof of verification). */
  unredeemedVerificationCodes: "atExpiry",
  /** Sessions: removed once expired. */
  expiredSessions: "atExpiry",
  /** Rate-limit counters: removed once their window has passed. */
  rateLimits: "atExpiry",
  /** Notifications that were read. */
  readNotificationMonths: 12,
  /** Finished data exports: the download works this long. */
  exportDays: 7,
  /** Messages from the accessibility feedback form. */
  accessibilityFeedbackMonths: 12,
  /** Reserved usernames of deleted accounts. */
  retiredUsernameMonths: 12,
  /** The default for the district's audit period. */
  defaultAuditMonths: 36,
} as const;

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

/** The order the privacy page lists them in (each has a message `legal.privacy.retention.<key>`). */
export const RETENTION_ITEMS = [
  "unfinishedSignUps",
  "unusedSignInLinks",
  "verificationCodes",
  "sessions",
  "rateLimits",
  "readNotifications",
  "exports",
  "accessibilityFeedback",
  "retiredUsernames",
  "auditLog",
] as const;
export type RetentionItem = (typeof RETENTION_ITEMS)[number];

/** The values each item's message needs ({hours}, {months}, {days}). */
export function retentionParams(auditMonths: number): Record<RetentionItem, Record<string, number>> {
  return {
    unfinishedSignUps: { hours: RETENTION.unfinishedSignUpHours },
    unusedSignInLinks: { hours: RETENTION.unusedSignInLinkHours },
    verificationCodes: {},
    sessions: {},
    rateLimits: {},
    readNotifications: { months: RETENTION.readNotificationMonths },
    exports: { days: RETENTION.exportDays },
    accessibilityFeedback: { months: RETENTION.accessibilityFeedbackMonths },
    retiredUsernames: { months: RETENTION.retiredUsernameMonths },
    auditLog: { months: auditMonths },
  };
}
