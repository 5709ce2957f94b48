import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./columns";
import { moderationDecisions, reports } from "./moderation";
import { users } from "./users";

/** Who may start a conversation with a person: nobody, people sharing a project space (default), or every verified resident too. */
export const messageAudiences = ["nobody", "shared_space", "verified"] as const;
export const messageAudience = pgEnum("message_audience", messageAudiences);

/** A person's "Wer darf mir schreiben"; without a row, "shared_space" applies. Personal data: the person (deleted with the account). */
export const messageSettings = pgTable("message_settings", {
  userId: text()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  audience: messageAudience().notNull().default("shared_space"),
  updatedAt: createdAt(),
});

/**
 * A conversation: one-to-one, or a group of up to ten people with a title. `lastMessageAt` orders the
 * list and tells, against a member's `lastReadAt`, whether it holds something unread.
 * Personal data: who started it (kept anonymised: the other members keep the conversation).
 */
export const conversations = pgTable(
  "conversations",
  {
    id: text().primaryKey().$defaultFn(() => crypto.randomUUID()),
    createdById: text().references(() => users.id, { onDelete: "set null" }),
    isGroup: boolean().notNull().default(false),
    /** A group's name; null for a conversation of two (it is named after the other person). */
    title: text(),
    createdAt: createdAt(),
    lastMessageAt: createdAt(),
  },
  (t) => [index("conversations_created_by_idx").on(t.createdById)],
);

/** Who is in a conversation. Leaving a group sets `leftAt`: the person no longer reads nor receives it. */
export const conversationMembers = pgTable(
  "conversation_members",
  {
    conversationId: text()
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    joinedAt: createdAt(),
    /** Everything up to here was read: what came later counts as unread. */
    lastReadAt: createdAt(),
    leftAt: timestamptz(),
  },
  (t) => [
    primaryKey({ columns: [t.conversationId, t.userId] }),
    // The list and the header's count read a person's current conversations along this index.
    index("conversation_members_user_idx").on(t.userId, t.conversationId).where(sql`left_at is null`),
  ],
);

/**
 * One message: plain text (links are made clickable when shown, never HTML). Hidden by a moderation
 * decision, it stays in place for the members as "removed by moderation" (its text kept for the appeal).
 * Personal data: the sender (anonymised on account deletion: the others keep their copy, "gelöschtes Mitglied").
 */
export const messages = pgTable(
  "messages",
  {
    id: text().primaryKey().$defaultFn(() => crypto.randomUUID()),
    conversationId: text()
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    senderId: text().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    hiddenByDecisionId: text().references(() => moderationDecisions.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    // The history, newest first, keyset-paginated.
    index("messages_conversation_idx").on(t.conversationId, t.createdAt.desc(), t.id.desc()),
    index("messages_sender_idx").on(t.senderId),
  ],
);

/** One person blocks another: no new conversation, no further message in their conversation of two. Never shown to the blocked person. */
export const messageBlocks = pgTable(
  "message_blocks",
  {
    blockerId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    blockedId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.blockerId, t.blockedId] }), index("message_blocks_blocked_idx").on(t.blockedId)],
);

/**
 * The evidence a report on a message carries besides the message itself: the few messages before it in
 * the conversation, frozen when reported and only with the reporter's consent. Moderators see them in the
 * queue; nobody else reads them. Personal data: the senders (kept anonymised: the report's record).
 */
export const messageReportContext = pgTable(
  "message_report_context",
  {
    reportId: text()
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    /** 1 = the message right before the reported one, 2 the one before that, … */
    position: integer().notNull(),
    messageId: text().notNull(),
    senderId: text().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    sentAt: timestamptz().notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.position] }), index("message_report_context_sender_idx").on(t.senderId)],
);
