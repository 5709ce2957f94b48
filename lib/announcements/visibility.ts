import { and, eq, gt, isNull, lte, or, type SQL } from "drizzle-orm";
import { announcements } from "@/db/schema";

/**
 * An announcement is visible to the public while it is published, its publication time has
 * come and it has not expired. Every public read uses this one condition.
 */
export function visibleAnnouncement(now: Date = new Date()): SQL {
  return and(
    eq(announcements.status, "published"),
    lte(announcements.publishAt, now),
    or(isNull(announcements.expiresAt), gt(announcements.expiresAt, now)),
  )!;
}

/** The same rule for a row already loaded (e.g. to ask the policy whether comments are open). */
export function isAnnouncementVisible(
  row: { status: "published" | "unpublished"; publishAt: Date; expiresAt: Date | null },
  now: Date = new Date(),
): boolean {
  return row.status === "published" && row.publishAt <= now && (row.expiresAt === null || row.expiresAt > now);
}
