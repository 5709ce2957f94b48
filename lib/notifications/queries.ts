import "server-only";
import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notifications } from "@/db/schema";
import { decodeCursor, toPage } from "@/lib/pagination";
import { NOTIFICATION_KINDS, type AnyNotification } from "./kinds";

export type NotificationItem = AnyNotification & { id: string; createdAt: Date; read: boolean };

const isKnownKind = (kind: string): kind is AnyNotification["kind"] => (NOTIFICATION_KINDS as readonly string[]).includes(kind);

/** The person's own notifications, newest first, keyset-paginated. */
export async function listNotifications({ userId, after }: { userId: string; after?: string }) {
  const cursor = decodeCursor(after);
  const rows = await getDb()
    .select({ id: notifications.id, kind: notifications.kind, data: notifications.data, createdAt: notifications.createdAt, readAt: notifications.readAt })
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        cursor ? sql`(${notifications.createdAt}, ${notifications.id}) < (${cursor.createdAt}::timestamptz, ${cursor.id})` : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(26);
  const page = toPage(rows);
  return {
    nextCursor: page.nextCursor,
    // A kind written by a newer version is skipped rather than shown wrongly.
    items: page.items.flatMap((row): NotificationItem[] =>
      isKnownKind(row.kind) ? [{ id: row.id, kind: row.kind, data: row.data, createdAt: row.createdAt, read: row.readAt !== null } as NotificationItem] : [],
    ),
  };
}

export async function countUnreadNotifications(userId: string): Promise<number> {
  const [row] = await getDb()
    .select({ value: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.value ?? 0;
}
