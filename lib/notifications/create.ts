import "server-only";
import { and, inArray, sql, type SQL } from "drizzle-orm";
import { getDb, type Database, type Transaction } from "@/db/client";
import { notificationPreferences, notifications } from "@/db/schema";
import { enqueue } from "@/lib/jobs/enqueue";
import { QUEUES } from "@/lib/jobs/queues";
import { KINDS, type AnyNotification, type NotificationChannel, type NotificationData, type NotificationKind } from "./kinds";
import { resolveChannel } from "./preferences";

export interface NotificationThread {
  /** What it is about, e.g. "announcement:<id>": the list and the digest group by it. */
  key: string;
  title: string;
}

export type NotifyEntry = AnyNotification & { userId: string; thread?: NotificationThread };

/** One delivery job carries at most this many notifications. */
const DELIVERY_BATCH = 100;

/**
 * Enqueues mail delivery of the immediate ones, in the same transaction: a rollback enqueues nothing.
 * A kind mailed only when still unread after a while (direct messages) starts that much later.
 */
async function enqueueDelivery(ids: string[], db: Database | Transaction, kind?: NotificationKind) {
  const delay = kind ? KINDS[kind].mailWhenUnreadAfterMinutes : undefined;
  const startAfter = delay ? new Date(Date.now() + delay * 60 * 1000) : undefined;
  for (let i = 0; i < ids.length; i += DELIVERY_BATCH) {
    await enqueue(QUEUES.deliverNotifications.name, { ids: ids.slice(i, i + DELIVERY_BATCH) }, { tx: db, startAfter });
  }
}

/**
 * The only door: records notifications inside the caller's transaction (pass it) and decides their
 * delivery from each person's preferences — in-app only, a mail now (a job the worker runs after the
 * commit), or the daily/weekly digest. No domain sends mail itself.
 */
export async function notify(entries: NotifyEntry[], db: Database | Transaction = getDb()) {
  if (entries.length === 0) return;
  const userIds = [...new Set(entries.map((e) => e.userId))];
  const kinds = [...new Set(entries.map((e) => e.kind))].filter((kind) => !KINDS[kind].essential);
  const chosen =
    kinds.length === 0
      ? []
      : await db
          .select({ userId: notificationPreferences.userId, kind: notificationPreferences.kind, channel: notificationPreferences.channel })
          .from(notificationPreferences)
          .where(and(inArray(notificationPreferences.userId, userIds), inArray(notificationPreferences.kind, kinds)));
  const choice = new Map(chosen.map((p) => [`${p.userId}:${p.kind}`, p.channel]));
  const rows = await db
    .insert(notifications)
    .values(
      entries.map(({ userId, kind, data, thread }) => ({
        userId,
        kind,
        data: data as Record<string, string>,
        threadKey: thread?.key ?? null,
        threadTitle: thread?.title ?? null,
        channel: resolveChannel(kind, choice.get(`${userId}:${kind}`)),
      })),
    )
    .returning({ id: notifications.id, channel: notifications.channel, kind: notifications.kind });
  const immediate = rows.filter((r) => r.channel === "immediate");
  for (const kind of new Set(immediate.map((r) => r.kind as NotificationKind))) {
    await enqueueDelivery(immediate.filter((r) => r.kind === kind).map((r) => r.id), db, kind);
  }
}

/**
 * notify() for an audience given as SQL (a `select` of user ids — followers, commenters): set-based,
 * one insert whatever its size, with each person's preference joined in.
 */
export async function notifyAudience<K extends NotificationKind>(
  { audience, kind, data, thread }: { audience: SQL; kind: K; data: NotificationData[K]; thread: NotificationThread },
  db: Database | Transaction = getDb(),
) {
  const definition = KINDS[kind];
  const channel = definition.essential
    ? sql`'immediate'::notification_channel`
    : sql`coalesce(p.channel, ${definition.defaultChannel satisfies NotificationChannel}::notification_channel)`;
  const rows = await db.execute<{ id: string; channel: NotificationChannel }>(sql`
    insert into notifications (id, user_id, kind, data, thread_key, thread_title, channel)
    select gen_random_uuid()::text, a.user_id, ${kind}, ${JSON.stringify(data)}::jsonb, ${thread.key}, ${thread.title}, ${channel}
    from (${audience}) as a(user_id)
    left join notification_preferences p on p.user_id = a.user_id and p.kind = ${kind}
    returning id, channel`);
  await enqueueDelivery([...rows].filter((r) => r.channel === "immediate").map((r) => r.id), db, kind);
  return rows.length;
}
