import { and, eq, gt, isNull, lte, or, type SQL } from "drizzle-orm";
import { announcements } from "@/db/schema";

/** Published, its publication time has come, and not expired: the announcement's own page exists. */
export function publishedAnnouncement(now: Date = new Date()): SQL {
  return and(
    eq(announcements.status, "published"),
    lte(announcements.publishAt, now),
    or(isNull(announcements.expiresAt), gt(announcements.expiresAt, now)),
  )!;
}

/**
 * An announcement is visible to the public while it is published (above) and no moderation
 * decision hides it. Every public list, feed and search uses this one condition; the page of a
 * hidden announcement shows a neutral notice instead (its author sees why).
 */
export function visibleAnnouncement(now: Date = new Date()): SQL {
  return and(publishedAnnouncement(now), isNull(announcements.hiddenByDecisionId))!;
}

/** The same rule for a row already loaded (e.g. to ask the policy whether comments are open). */
export function isAnnouncementVisible(
  row: { status: "published" | "unpublished"; publishAt: Date; expiresAt: Date | null; hiddenByDecisionId: string | null },
  now: Date = new Date(),
): boolean {
  return row.status === "published" && row.publishAt <= now && (row.expiresAt === null || row.expiresAt > now) && row.hiddenByDecisionId === null;
}
