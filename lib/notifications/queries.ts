import "server-only";
import { and, count, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notificationPreferences, notifications, users } from "@/db/schema";
import { toLocale, type Locale } from "@/lib/i18n/config";
import { decodeCursor, toPage } from "@/lib/pagination";
import { isKnownKind, SWITCHABLE_KINDS, type AnyNotification, type NotificationChannel, type NotificationKind } from "./kinds";
import { resolveChannel } from "./preferences";

export type NotificationItem = AnyNotification & { id: string; createdAt: Date; read: boolean; threadKey: string | null; threadTitle: string | null };

/** The person's own notifications, newest first, keyset-paginated. */
export async function listNotifications({ userId, after }: { userId: string; after?: string }) {
  const cursor = decodeCursor(after);
  const rows = await getDb()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      data: notifications.data,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      threadKey: notifications.threadKey,
      threadTitle: notifications.threadTitle,
    })
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
      isKnownKind(row.kind)
        ? [{ id: row.id, kind: row.kind, data: row.data, createdAt: row.createdAt, read: row.readAt !== null, threadKey: row.threadKey, threadTitle: row.threadTitle } as NotificationItem]
        : [],
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

export interface NotificationGroup {
  /** The newest item of the thread on this page; the others are counted. */
  latest: NotificationItem;
  count: number;
  unread: number;
}

/** Items of one thread on a page, shown once ("3 Benachrichtigungen zu „…“"), in the order of their newest item. */
export function groupByThread(items: NotificationItem[]): NotificationGroup[] {
  const groups = new Map<string, NotificationGroup>();
  for (const item of items) {
    const key = item.threadKey ? `${item.kind}:${item.threadKey}` : item.id;
    const group = groups.get(key);
    if (group) {
      group.count += 1;
      if (!item.read) group.unread += 1;
    } else {
      groups.set(key, { latest: item, count: 1, unread: item.read ? 0 : 1 });
    }
  }
  return [...groups.values()];
}

export interface NotificationSettings {
  locale: Locale;
  /** Every switchable kind with the channel in force (the stored choice or the kind's default). */
  channels: Record<NotificationKind, NotificationChannel>;
}

/** The settings page's values: one query for the language and all stored choices. */
export async function getNotificationSettings(userId: string): Promise<NotificationSettings | null> {
  const rows = await getDb()
    .select({ locale: users.locale, kind: notificationPreferences.kind, channel: notificationPreferences.channel })
    .from(users)
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, users.id))
    .where(eq(users.id, userId));
  if (rows.length === 0) return null;
  const choice = new Map(rows.filter((r) => r.kind !== null).map((r) => [r.kind!, r.channel!]));
  const channels = Object.fromEntries(SWITCHABLE_KINDS.map((kind) => [kind, resolveChannel(kind, choice.get(kind))])) as Record<NotificationKind, NotificationChannel>;
  return { locale: toLocale(rows[0]!.locale), channels };
}

export interface FailedDelivery {
  id: string;
  kind: string;
  email: string;
  attempts: number;
  error: string | null;
  failedAt: Date;
}

/** For admins: mails whose last retry failed and that were not sent since, newest first (notifications_failed_idx). */
export async function listFailedDeliveries({ limit = 100 }: { limit?: number } = {}): Promise<FailedDelivery[]> {
  const rows = await getDb()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      email: users.email,
      attempts: notifications.mailAttempts,
      error: notifications.mailError,
      failedAt: notifications.mailFailedAt,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(and(isNotNull(notifications.mailFailedAt), isNull(notifications.mailedAt)))
    .orderBy(desc(notifications.mailFailedAt))
    .limit(limit);
  return rows.map((r) => ({ ...r, failedAt: r.failedAt! }));
}
