import "server-only";
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { conversationMembers, conversations, messageBlocks, messages, messageSettings, users } from "@/db/schema";

/**
 * messages.json: the person's setting, whom they blocked (never who blocked them), and every conversation
 * they are or were in with the messages they could read there (up to leaving a group). Messages others
 * wrote are in it as the person received them; one removed by moderation only if it was their own.
 */
export async function collectMessageData(userId: string) {
  const db = getDb();
  const [setting, blocked, memberships] = await Promise.all([
    db.select({ audience: messageSettings.audience, updatedAt: messageSettings.updatedAt }).from(messageSettings).where(eq(messageSettings.userId, userId)),
    db
      .select({ username: users.username, displayName: users.displayName, since: messageBlocks.createdAt })
      .from(messageBlocks)
      .innerJoin(users, eq(users.id, messageBlocks.blockedId))
      .where(eq(messageBlocks.blockerId, userId)),
    db
      .select({ id: conversations.id, isGroup: conversations.isGroup, title: conversations.title, joinedAt: conversationMembers.joinedAt, leftAt: conversationMembers.leftAt })
      .from(conversationMembers)
      .innerJoin(conversations, eq(conversations.id, conversationMembers.conversationId))
      .where(eq(conversationMembers.userId, userId))
      .orderBy(asc(conversationMembers.joinedAt)),
  ]);
  const ids = memberships.map((m) => m.id);
  const rows =
    ids.length === 0
      ? []
      : await db
          .select({
            conversationId: messages.conversationId,
            from: sql<string | null>`case when ${messages.senderId} = ${userId} then 'me' when ${users.status} = 'deleted' then null else ${users.displayName} end`,
            body: sql<string | null>`case when ${messages.hiddenByDecisionId} is null or ${messages.senderId} = ${userId} then ${messages.body} end`,
            removedByModeration: sql<boolean>`${messages.hiddenByDecisionId} is not null`,
            sentAt: messages.createdAt,
          })
          .from(messages)
          .innerJoin(conversationMembers, and(eq(conversationMembers.conversationId, messages.conversationId), eq(conversationMembers.userId, userId)))
          .leftJoin(users, eq(users.id, messages.senderId))
          .where(and(inArray(messages.conversationId, ids), or(sql`${conversationMembers.leftAt} is null`, sql`${messages.createdAt} <= ${conversationMembers.leftAt}`)))
          .orderBy(asc(messages.createdAt), asc(messages.id));
  return {
    whoMayWriteToMe: setting[0]?.audience ?? "shared_space",
    blocked,
    conversations: memberships.map((m) => ({
      ...m,
      messages: rows.filter((r) => r.conversationId === m.id).map((r) => ({ from: r.from, body: r.body, removedByModeration: r.removedByModeration, sentAt: r.sentAt })),
    })),
  };
}
