import "server-only";
import { and, desc, eq, lt, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { accessibilityFeedback, users } from "@/db/schema";
import { notify } from "@/lib/notifications/create";
import { decodeCursor, toPage } from "@/lib/pagination";

/** Stores the message and tells every active admin (BIKTG: the feedback must reach the district), in one transaction. */
export async function recordAccessibilityFeedback(input: { message: string; contact?: string; pageUrl?: string }) {
  await getDb().transaction(async (tx) => {
    const [row] = await tx
      .insert(accessibilityFeedback)
      .values({ message: input.message, contact: input.contact || null, pageUrl: input.pageUrl || null })
      .returning({ id: accessibilityFeedback.id });
    if (!row) throw new Error("feedback not stored");
    const admins = await tx.select({ id: users.id }).from(users).where(and(eq(users.role, "admin"), eq(users.status, "active")));
    await notify(
      admins.map((admin) => ({ userId: admin.id, kind: "accessibility_feedback" as const, data: { feedbackId: row.id } })),
      tx,
    );
  });
}

export interface AccessibilityFeedbackItem {
  id: string;
  message: string;
  contact: string | null;
  pageUrl: string | null;
  createdAt: Date;
}

export const FEEDBACK_PAGE_SIZE = 25;

/** Newest first, keyset-paginated by (createdAt, id) along accessibility_feedback_created_idx; `after` is a cursor from the URL. */
export async function listAccessibilityFeedback({ after, size = FEEDBACK_PAGE_SIZE }: { after?: string | null; size?: number } = {}) {
  const position = decodeCursor(after);
  const from = position && { createdAt: new Date(position.createdAt), id: position.id };
  const rows: AccessibilityFeedbackItem[] = await getDb()
    .select({
      id: accessibilityFeedback.id,
      message: accessibilityFeedback.message,
      contact: accessibilityFeedback.contact,
      pageUrl: accessibilityFeedback.pageUrl,
      createdAt: accessibilityFeedback.createdAt,
    })
    .from(accessibilityFeedback)
    .where(
      from
        ? or(lt(accessibilityFeedback.createdAt, from.createdAt), and(eq(accessibilityFeedback.createdAt, from.createdAt), lt(accessibilityFeedback.id, from.id)))
        : undefined,
    )
    .orderBy(desc(accessibilityFeedback.createdAt), desc(accessibilityFeedback.id))
    .limit(size + 1);
  return toPage(rows, size);
}
