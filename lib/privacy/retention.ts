import "server-only";
import { and, eq, isNotNull, isNull, lt, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  accessibilityFeedback,
  auditLog,
  districtSettings,
  notifications,
  personalDataExports,
  rateLimits,
  retiredUsernames,
  sessions,
  users,
  verificationCodes,
  verificationTokens,
} from "@/db/schema";
import { MAGIC_LINK_MAX_AGE_SECONDS } from "@/lib/auth/magic-link-age";
import { addDistrictMonths } from "@/lib/time/district-time";
import { HOUR_MS, RETENTION, type RetentionItem } from "./retention-periods";

/**
 * One function per retention rule (RETENTION in retention-periods.ts, listed on the privacy page).
 * Each deletes what its period has passed and returns how many rows went. The job queue (#12) will
 * run runRetention daily; until then nothing schedules it.
 */

/** Accounts created by a sign-in link whose profile was never completed. */
export async function deleteUnfinishedSignUps(now: Date) {
  const before = new Date(now.getTime() - RETENTION.unfinishedSignUpHours * HOUR_MS);
  const rows = await getDb()
    .delete(users)
    .where(and(isNull(users.username), isNull(users.acceptedTermsVersion), ne(users.status, "deleted"), lt(users.createdAt, before)))
    .returning({ id: users.id });
  return rows.length;
}

/** Sign-in links issued more than 24 h ago (Auth.js stores no issue time: expiry minus the link's lifetime). */
export async function deleteUnusedSignInLinks(now: Date) {
  const expiredBefore = new Date(now.getTime() - RETENTION.unusedSignInLinkHours * HOUR_MS + MAGIC_LINK_MAX_AGE_SECONDS * 1000);
  const rows = await getDb().delete(verificationTokens).where(lt(verificationTokens.expires, expiredBefore)).returning({ token: verificationTokens.token });
  return rows.length;
}

/** Verification codes nobody redeemed, once expired (redeemed ones stay: the proof the district verified). */
export async function deleteUnredeemedVerificationCodes(now: Date) {
  const rows = await getDb()
    .delete(verificationCodes)
    .where(and(isNull(verificationCodes.usedAt), lt(verificationCodes.expiresAt, now)))
    .returning({ id: verificationCodes.id });
  return rows.length;
}

export async function deleteExpiredSessions(now: Date) {
  const rows = await getDb().delete(sessions).where(lt(sessions.expires, now)).returning({ token: sessions.sessionToken });
  return rows.length;
}

export async function deleteExpiredRateLimits(now: Date) {
  const rows = await getDb().delete(rateLimits).where(lt(rateLimits.expire, now)).returning({ key: rateLimits.key });
  return rows.length;
}

export async function deleteOldReadNotifications(now: Date) {
  const before = addDistrictMonths(now, -RETENTION.readNotificationMonths);
  const rows = await getDb()
    .delete(notifications)
    .where(and(isNotNull(notifications.readAt), lt(notifications.readAt, before)))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function deleteExpiredExports(now: Date) {
  const rows = await getDb().delete(personalDataExports).where(lt(personalDataExports.expiresAt, now)).returning({ id: personalDataExports.id });
  return rows.length;
}

export async function deleteOldAccessibilityFeedback(now: Date) {
  const before = addDistrictMonths(now, -RETENTION.accessibilityFeedbackMonths);
  const rows = await getDb().delete(accessibilityFeedback).where(lt(accessibilityFeedback.createdAt, before)).returning({ id: accessibilityFeedback.id });
  return rows.length;
}

export async function releaseRetiredUsernames(now: Date) {
  const rows = await getDb().delete(retiredUsernames).where(lt(retiredUsernames.reservedUntil, now)).returning({ hash: retiredUsernames.usernameHash });
  return rows.length;
}

/** Audit entries older than the district's period (district_settings.audit_retention_months). */
export async function deleteOldAuditEntries(now: Date) {
  const [settings] = await getDb().select({ months: districtSettings.auditRetentionMonths }).from(districtSettings).where(eq(districtSettings.id, 1));
  const before = addDistrictMonths(now, -(settings?.months ?? RETENTION.defaultAuditMonths));
  const rows = await getDb().delete(auditLog).where(lt(auditLog.createdAt, before)).returning({ id: auditLog.id });
  return rows.length;
}

export const RETENTION_RULES = {
  unfinishedSignUps: deleteUnfinishedSignUps,
  unusedSignInLinks: deleteUnusedSignInLinks,
  verificationCodes: deleteUnredeemedVerificationCodes,
  sessions: deleteExpiredSessions,
  rateLimits: deleteExpiredRateLimits,
  readNotifications: deleteOldReadNotifications,
  exports: deleteExpiredExports,
  accessibilityFeedback: deleteOldAccessibilityFeedback,
  retiredUsernames: releaseRetiredUsernames,
  auditLog: deleteOldAuditEntries,
} as const satisfies Record<RetentionItem, (now: Date) => Promise<number>>;

/** Every retention rule once; what the daily job will call. Returns the rows deleted per rule. */
export async function runRetention(now = new Date()): Promise<Record<RetentionItem, number>> {
  const counts = {} as Record<RetentionItem, number>;
  for (const [name, rule] of Object.entries(RETENTION_RULES) as [RetentionItem, (now: Date) => Promise<number>][]) {
    counts[name] = await rule(now);
  }
  return counts;
}
