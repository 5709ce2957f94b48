import "server-only";
import { and, eq, isNull, lt, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { conversationMembers, conversations, messages, notifications } from "@/db/schema";
import { notifyAudience } from "@/lib/notifications/create";

// Sending, reading and leaving are private exchange between the members: they are not written to the
// audit log (which moderators and admins read); a report is, like every report.

export const conversationThreadKey = (conversationId: string) => `conversation:${conversationId}`;

interface Sender {
  id: string;
  displayName: string | null;
}

/**
 * Adds a message, marks it read for its sender and tells the other current members through notify():
 * only those without an unread notice of this conversation yet (one per conversation until it is read),
 * and not a member who blocked the sender (in a group, where the block does not close the conversation).
 */
async function appendMessage(tx: Transaction, { conversationId, sender, body, title }: { conversationId: string; sender: Sender; body: string; title: string | null }) {
  const now = new Date();
  const [row] = await tx.insert(messages).values({ conversationId, senderId: sender.id, body, createdAt: now }).returning({ id: messages.id });
  if (!row) throw new Error("message not stored");
  await tx.update(conversations).set({ lastMessageAt: now }).where(eq(conversations.id, conversationId));
  await tx
    .update(conversationMembers)
    .set({ lastReadAt: now })
    .where(and(eq(conversationMembers.conversationId, conversationId), eq(conversationMembers.userId, sender.id)));
  const key = conversationThreadKey(conversationId);
  const from = sender.displayName ?? "";
  await notifyAudience(
    {
      audience: sql`
        select m.user_id from conversation_members m join users u on u.id = m.user_id
        where m.conversation_id = ${conversationId} and m.left_at is null and m.user_id <> ${sender.id} and u.status <> 'deleted'
          and not exists (select 1 from notifications n where n.user_id = m.user_id and n.thread_key = ${key} and n.read_at is null)
          and not exists (select 1 from message_blocks b where b.blocker_id = m.user_id and b.blocked_id = ${sender.id})`,
      kind: "message_received",
      data: { conversationId, from },
      // The list and the digest name the group, or for two people the one who wrote.
      thread: { key, title: title ?? from },
    },
    tx,
  );
  return row.id;
}

/**
 * Starts a conversation (the caller asked "message.start"): with one person, the conversation the two
 * already have is continued instead of a second one; a group is always new. Returns its id.
 */
export async function startConversation({ sender, recipientIds, title, body }: { sender: Sender; recipientIds: string[]; title: string; body: string }) {
  return getDb().transaction(async (tx) => {
    const isGroup = recipientIds.length > 1;
    if (!isGroup) {
      const [existing] = await tx.execute<{ id: string; [key: string]: unknown }>(sql`
        select c.id from conversations c
        join conversation_members a on a.conversation_id = c.id and a.user_id = ${sender.id} and a.left_at is null
        join conversation_members b on b.conversation_id = c.id and b.user_id = ${recipientIds[0]!} and b.left_at is null
        where not c.is_group limit 1`);
      if (existing) {
        await appendMessage(tx, { conversationId: existing.id, sender, body, title: null });
        return existing.id;
      }
    }
    const now = new Date();
    const [conversation] = await tx
      .insert(conversations)
      .values({ createdById: sender.id, isGroup, title: isGroup ? title : null, createdAt: now, lastMessageAt: now })
      .returning({ id: conversations.id });
    if (!conversation) throw new Error("conversation not stored");
    // The others have read nothing yet: their read mark lies just before the first message.
    const before = new Date(now.getTime() - 1);
    await tx.insert(conversationMembers).values([
      { conversationId: conversation.id, userId: sender.id, joinedAt: now, lastReadAt: now },
      ...recipientIds.map((userId) => ({ conversationId: conversation.id, userId, joinedAt: now, lastReadAt: before })),
    ]);
    await appendMessage(tx, { conversationId: conversation.id, sender, body, title: isGroup ? title : null });
    return conversation.id;
  });
}

/** A further message in a conversation (the caller asked "message.send"). */
export async function sendMessage({ conversationId, sender, body }: { conversationId: string; sender: Sender; body: string }) {
  return getDb().transaction(async (tx) => {
    const [conversation] = await tx.select({ title: conversations.title }).from(conversations).where(eq(conversations.id, conversationId)).for("update");
    if (!conversation) throw new Error("conversation vanished");
    return appendMessage(tx, { conversationId, sender, body, title: conversation.title });
  });
}

/** Everything in the conversation is read by this member now; so are their notifications of it (no mail follows). */
export async function markConversationRead({ conversationId, userId }: { conversationId: string; userId: string }) {
  const now = new Date();
  await getDb().transaction(async (tx) => {
    await tx
      .update(conversationMembers)
      .set({ lastReadAt: now })
      .where(and(eq(conversationMembers.conversationId, conversationId), eq(conversationMembers.userId, userId), lt(conversationMembers.lastReadAt, now)));
    await tx
      .update(notifications)
      .set({ readAt: now })
      .where(and(eq(notifications.userId, userId), eq(notifications.threadKey, conversationThreadKey(conversationId)), isNull(notifications.readAt)));
  });
}

/** Leaves a group: the person no longer reads or receives it; the others keep what they wrote. */
export async function leaveConversation({ conversationId, userId }: { conversationId: string; userId: string }) {
  const now = new Date();
  await getDb().transaction(async (tx) => {
    await tx
      .update(conversationMembers)
      .set({ leftAt: now })
      .where(and(eq(conversationMembers.conversationId, conversationId), eq(conversationMembers.userId, userId), isNull(conversationMembers.leftAt)));
    await tx
      .update(notifications)
      .set({ readAt: now })
      .where(and(eq(notifications.userId, userId), eq(notifications.threadKey, conversationThreadKey(conversationId)), isNull(notifications.readAt)));
  });
}
