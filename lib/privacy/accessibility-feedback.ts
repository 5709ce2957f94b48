import "server-only";
import { desc, lt, or, and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { accessibilityFeedback } from "@/db/schema";

export async function recordAccessibilityFeedback(input: { message: string; contact?: string; pageUrl?: string }) {
  await getDb()
    .insert(accessibilityFeedback)
    .values({ message: input.message, contact: input.contact || null, pageUrl: input.pageUrl || null });
}

export interface AccessibilityFeedbackItem {
  id: string;
  message: string;
  contact: string | null;
  pageUrl: string | null;
  createdAt: Date;
}

export const FEEDBACK_PAGE_SIZE = 50;

/** Newest first, keyset-paginated by (createdAt, id). */
export async function listAccessibilityFeedback(after?: { createdAt: Date; id: string }): Promise<AccessibilityFeedbackItem[]> {
  return getDb()
    .select({
      id: accessibilityFeedback.id,
      message: accessibilityFeedback.message,
      contact: accessibilityFeedback.contact,
      pageUrl: accessibilityFeedback.pageUrl,
      createdAt: accessibilityFeedback.createdAt,
    })
    .from(accessibilityFeedback)
    .where(
      after
        ? or(lt(accessibilityFeedback.createdAt, after.createdAt), and(eq(accessibilityFeedback.createdAt, after.createdAt), lt(accessibilityFeedback.id, after.id)))
        : undefined,
    )
    .orderBy(desc(accessibilityFeedback.createdAt), desc(accessibilityFeedback.id))
    .limit(FEEDBACK_PAGE_SIZE);
}
