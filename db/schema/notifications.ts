import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./columns";
import { users } from "./users";

/** How a notification reaches its person besides the in-app list. */
export const notificationChannels = ["immediate", "daily", "weekly", "in_app"] as const;
export const notificationChannel = pgEnum("notification_channel", notificationChannels);

/**
 * Messages to one person: receipts, statements of reasons, outcomes, mediation invitations, activity.
 * Written by notify() in the transaction of the change they announce; the worker mails them
 * (immediately, or in a digest) according to `channel`, resolved from the person's preferences.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    data: jsonb().$type<Record<string, string | number | boolean | null>>().notNull(),
    /** What the notification is about, e.g. "announcement:<id>": the list and the digest group by it. */
    threadKey: text(),
    /** The thread's title as it was when notified ("Schulweg Dahmestraße"). */
    threadTitle: text(),
    channel: notificationChannel().notNull().default("in_app"),
    createdAt: createdAt(),
    readAt: timestamptz(),
    /** Sent by mail (on its own or in a digest). */
    mailedAt: timestamptz(),
    mailAttempts: integer().notNull().default(0),
    mailError: text(),
    /** The last retry failed too: listed for admins (/admin/zustellung) until retried. */
    mailFailedAt: timestamptz(),
  },
  (t) => [
    index("notifications_user_idx").on(t.userId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("notifications_unread_idx").on(t.userId).where(sql`read_at is null`),
    // The digest run reads only the unsent, unread digest items, person by person.
    index("notifications_digest_idx").on(t.channel, t.userId).where(sql`mailed_at is null and read_at is null and channel in ('daily', 'weekly')`),
    index("notifications_failed_idx").on(t.mailFailedAt).where(sql`mail_failed_at is not null and mailed_at is null`),
  ],
);

/** A person's choice per kind of notification; without a row, the kind's default applies. */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    channel: notificationChannel().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);
