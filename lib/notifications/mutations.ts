import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notificationPreferences, notifications, users } from "@/db/schema";
import type { Locale } from "@/lib/i18n/config";
import type { NotificationChannel, NotificationKind } from "./kinds";
import { SWITCHABLE_KINDS } from "./kinds";
import { enqueue } from "@/lib/jobs/enqueue";
import { QUEUES } from "@/lib/jobs/queues";
import { resolveChannel } from "./preferences";
import type { NotificationSettingsInput } from "./schemas";

/**
 * Marks the person's notifications read — the given ones (those shown when the list was opened), or
 * all. Ownership is part of the where. What is read is no longer mailed in a digest.
 */
export async function markNotificationsRead(userId: string, ids?: string[]) {
  if (ids && ids.length === 0) return;
  await getDb()
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), ids ? inArray(notifications.id, ids) : undefined));
}

/** Stores a channel per kind; an essential kind cannot be switched (it is ignored). */
export async function setNotificationChannels(userId: string, channels: Partial<Record<NotificationKind, NotificationChannel>>, db: Pick<ReturnType<typeof getDb>, "insert"> = getDb()) {
  const rows = SWITCHABLE_KINDS.flatMap((kind) => (channels[kind] ? [{ userId, kind, channel: channels[kind] }] : []));
  if (rows.length === 0) return;
  await db
    .insert(notificationPreferences)
    .values(rows)
    .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.kind], set: { channel: sql`excluded.channel` } });
}

/** The settings page: every switchable kind's channel and the language, in one transaction. */
export async function saveNotificationSettings(userId: string, { locale, ...channels }: NotificationSettingsInput) {
  await getDb().transaction(async (tx) => {
    await tx.update(users).set({ locale: locale satisfies Locale }).where(eq(users.id, userId));
    await setNotificationChannels(userId, channels, tx);
  });
}

/** One-click unsubscribe: that kind (or every kind now in that digest) becomes "only in-app". */
export async function unsubscribe(userId: string, scope: NotificationKind | "daily" | "weekly") {
  const db = getDb();
  if (scope !== "daily" && scope !== "weekly") return setNotificationChannels(userId, { [scope]: "in_app" });
  const chosen = await db
    .select({ kind: notificationPreferences.kind, channel: notificationPreferences.channel })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  const choice = new Map(chosen.map((c) => [c.kind, c.channel]));
  const inDigest = SWITCHABLE_KINDS.filter((kind) => resolveChannel(kind, choice.get(kind)) === scope);
  await setNotificationChannels(userId, Object.fromEntries(inDigest.map((kind) => [kind, "in_app" as const])));
}

/** An admin delivers failed mails again: they are queued anew (and leave the failed list until they fail again). */
export async function retryDeliveries(ids: string[]) {
  if (ids.length === 0) return 0;
  return getDb().transaction(async (tx) => {
    const rows = await tx
      .update(notifications)
      .set({ mailFailedAt: null, mailAttempts: 0 })
      .where(and(inArray(notifications.id, ids), isNull(notifications.mailedAt)))
      .returning({ id: notifications.id });
    if (rows.length > 0) await enqueue(QUEUES.deliverNotifications.name, { ids: rows.map((r) => r.id) }, { tx });
    return rows.length;
  });
}
