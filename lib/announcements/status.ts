/** What staff see as an announcement's state; the public sees only "published". */
export type AnnouncementDisplayStatus = "published" | "scheduled" | "expired" | "unpublished";

/** Derived, not stored: "scheduled" and "expired" change by themselves as time passes. */
export function displayStatus(
  row: { status: "published" | "unpublished"; publishAt: Date; expiresAt: Date | null },
  now: Date = new Date(),
): AnnouncementDisplayStatus {
  if (row.status === "unpublished") return "unpublished";
  if (row.publishAt > now) return "scheduled";
  if (row.expiresAt !== null && row.expiresAt <= now) return "expired";
  return "published";
}
