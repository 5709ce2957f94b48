import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notifications, users } from "@/db/schema";
import { sendMail } from "@/lib/mail/send";
import { isKnownKind, KINDS, type AnyNotification } from "./kinds";
import { renderNotificationMail } from "./render-mail";

/**
 * Mails the given notifications, each on its own; the worker's job for what notify() marked
 * immediate. What was sent is marked at once, so a retry sends only what failed. When something
 * failed it throws (pg-boss retries with backoff); on the last attempt the failure is recorded for admins.
 */
export async function deliverNotifications(ids: string[], { lastAttempt }: { lastAttempt: boolean }) {
  if (ids.length === 0) return { sent: 0 };
  const db = getDb();
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      data: notifications.data,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      userId: users.id,
      email: users.email,
      name: users.displayName,
      locale: users.locale,
      status: users.status,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(and(inArray(notifications.id, ids), isNull(notifications.mailedAt)));

  let sent = 0;
  const failures: string[] = [];
  for (const row of rows) {
    // A deleted account gets no mail; a kind from a newer version is left to that version.
    if (row.status === "deleted" || !isKnownKind(row.kind)) continue;
    // Read meanwhile (a direct message seen within its quarter of an hour): no mail.
    if (row.readAt && KINDS[row.kind].mailWhenUnreadAfterMinutes) continue;
    try {
      const mail = await renderNotificationMail(row, { kind: row.kind, data: row.data, createdAt: row.createdAt } as AnyNotification & { createdAt: Date });
      await sendMail(mail);
      await db.update(notifications).set({ mailedAt: new Date(), mailError: null, mailFailedAt: null }).where(eq(notifications.id, row.id));
      sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push(`${row.id}: ${message}`);
      await db
        .update(notifications)
        .set({ mailAttempts: sql`${notifications.mailAttempts} + 1`, mailError: message.slice(0, 500), mailFailedAt: lastAttempt ? new Date() : null })
        .where(eq(notifications.id, row.id));
    }
  }
  if (failures.length > 0) throw new Error(`mail delivery failed for ${failures.length} of ${rows.length}: ${failures.join("; ")}`);
  return { sent };
}
