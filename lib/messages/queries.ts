import "server-only";
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { conversationMembers, conversations, messageBlocks, messageReportContext, messages, messageSettings, users } from "@/db/schema";
import type { Cursor } from "@/lib/pagination";
import type { MessageAudience } from "@/lib/policy";

export const CONVERSATION_PAGE_SIZE = 20;
export const HISTORY_PAGE_SIZE = 30;

export interface ConversationListItem {
  id: string;
  isGroup: boolean;
  title: string | null;
  /** The other current members' names (null for a deleted account). */
  others: Array<string | null>;
  lastMessageAt: Date;
  unread: boolean;
  /** The newest message's beginning; null when it was removed by moderation. */
  preview: string | null;
}

interface ListRow {
  id: string;
  is_group: boolean;
  title: string | null;
  last_message_at: string | Date;
  unread: boolean;
  others: Array<string | null> | null;
  preview: string | null;
  [key: string]: unknown;
}

/** The person's current conversations, newest activity first: one query per page, keyset over (lastMessageAt, id). */
export async function listConversations(userId: string, { cursor, limit = CONVERSATION_PAGE_SIZE }: { cursor?: Cursor | null; limit?: number } = {}) {
  const after = cursor ? sql`and (c.last_message_at, c.id) < (${cursor.createdAt}::timestamptz, ${cursor.id})` : sql``;
  const rows = await getDb().execute<ListRow>(sql`
    select c.id, c.is_group, c.title, c.last_message_at, (c.last_message_at > me.last_read_at) as unread,
      (select array_agg(u.display_name order by u.display_name) from conversation_members o join users u on u.id = o.user_id
        where o.conversation_id = c.id and o.user_id <> ${userId} and o.left_at is null) as others,
      (select case when m.hidden_by_decision_id is null then left(m.body, 120) end from messages m
        where m.conversation_id = c.id order by m.created_at desc, m.id desc limit 1) as preview
    from conversation_members me join conversations c on c.id = me.conversation_id
    where me.user_id = ${userId} and me.left_at is null ${after}
    order by c.last_message_at desc, c.id desc
    limit ${limit + 1}`);
  const items: ConversationListItem[] = [...rows].map((row) => ({
    id: row.id,
    isGroup: row.is_group,
    title: row.title,
    others: row.others ?? [],
    lastMessageAt: new Date(row.last_message_at),
    unread: Boolean(row.unread),
    preview: row.preview,
  }));
  const page = items.slice(0, limit);
  const last = page.at(-1);
  return { items: page, next: items.length > limit && last ? { createdAt: last.lastMessageAt, id: last.id } : null };
}

export interface ConversationMember {
  id: string;
  username: string | null;
  displayName: string | null;
}

export interface ConversationDetail {
  id: string;
  isGroup: boolean;
  title: string | null;
  /** The current members besides the viewer. */
  others: ConversationMember[];
}

/** A conversation as its member sees it (the caller asked "message.read"). */
export async function getConversation(conversationId: string, viewerId: string): Promise<ConversationDetail | null> {
  const db = getDb();
  const [[conversation], members] = await Promise.all([
    db.select({ id: conversations.id, isGroup: conversations.isGroup, title: conversations.title }).from(conversations).where(eq(conversations.id, conversationId)),
    db
      .select({ id: users.id, username: users.username, displayName: users.displayName, status: users.status })
      .from(conversationMembers)
      .innerJoin(users, eq(users.id, conversationMembers.userId))
      .where(and(eq(conversationMembers.conversationId, conversationId), isNull(conversationMembers.leftAt)))
      .orderBy(asc(users.displayName)),
  ]);
  if (!conversation) return null;
  const others = members.filter((m) => m.id !== viewerId).map((m) => (m.status === "deleted" ? { id: m.id, username: null, displayName: null } : { id: m.id, username: m.username, displayName: m.displayName }));
  return { ...conversation, others };
}

export interface MessageItem {
  id: string;
  senderId: string | null;
  /** Null for a deleted account ("gelöschtes Mitglied"). */
  senderName: string | null;
  /** Null when removed by moderation: the members see that in its place. */
  body: string | null;
  createdAt: Date;
}

/** One page of the history, newest first, keyset over (createdAt, id) along messages_conversation_idx. */
export async function listMessages(conversationId: string, { cursor, limit = HISTORY_PAGE_SIZE }: { cursor?: Cursor | null; limit?: number } = {}) {
  const before = cursor ? sql`(${messages.createdAt}, ${messages.id}) < (${cursor.createdAt}::timestamptz, ${cursor.id})` : undefined;
  const rows = await getDb()
    .select({
      id: messages.id,
      senderId: messages.senderId,
      senderName: sql<string | null>`case when ${users.status} = 'deleted' then null else ${users.displayName} end`,
      body: sql<string | null>`case when ${messages.hiddenByDecisionId} is null then ${messages.body} end`,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .leftJoin(users, eq(users.id, messages.senderId))
    .where(and(eq(messages.conversationId, conversationId), before))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(limit + 1);
  const items: MessageItem[] = rows.slice(0, limit);
  return { items, next: rows.length > limit ? items.at(-1)! : null };
}

/** "Wer darf mir schreiben": the stored choice, else the default. */
export async function getMessageAudience(userId: string): Promise<MessageAudience> {
  const [row] = await getDb().select({ audience: messageSettings.audience }).from(messageSettings).where(eq(messageSettings.userId, userId));
  return row?.audience ?? "shared_space";
}

/** The people this person blocked, for unblocking in the settings. */
export async function listBlockedPeople(userId: string) {
  return getDb()
    .select({ id: users.id, username: users.username, displayName: users.displayName, since: messageBlocks.createdAt })
    .from(messageBlocks)
    .innerJoin(users, eq(users.id, messageBlocks.blockedId))
    .where(eq(messageBlocks.blockerId, userId))
    .orderBy(asc(users.displayName), asc(users.id));
}

/** Whether the viewer blocked each of these people (for the conversation page's block button). */
export async function blockedByViewer(viewerId: string, userIds: string[]) {
  if (userIds.length === 0) return new Set<string>();
  const rows = await getDb()
    .select({ id: messageBlocks.blockedId })
    .from(messageBlocks)
    .where(and(eq(messageBlocks.blockerId, viewerId), inArray(messageBlocks.blockedId, userIds)));
  return new Set(rows.map((r) => r.id));
}

export interface ReportContextMessage {
  position: number;
  senderName: string | null;
  body: string;
  sentAt: Date;
}

/** The messages frozen before a reported one, per report, oldest first: one query for all the reports of a target. */
export async function listReportContext(reportIds: string[]) {
  const byReport = new Map<string, ReportContextMessage[]>();
  if (reportIds.length === 0) return byReport;
  const rows = await getDb()
    .select({
      reportId: messageReportContext.reportId,
      position: messageReportContext.position,
      senderName: sql<string | null>`case when ${users.status} = 'deleted' then null else ${users.displayName} end`,
      body: messageReportContext.body,
      sentAt: messageReportContext.sentAt,
    })
    .from(messageReportContext)
    .leftJoin(users, eq(users.id, messageReportContext.senderId))
    .where(inArray(messageReportContext.reportId, reportIds))
    .orderBy(asc(messageReportContext.reportId), desc(messageReportContext.position));
  for (const { reportId, ...row } of rows) byReport.set(reportId, [...(byReport.get(reportId) ?? []), row]);
  return byReport;
}
