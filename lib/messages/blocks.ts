import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { messageBlocks, messageSettings } from "@/db/schema";
import type { MessageAudience } from "@/lib/policy";

/**
 * Blocks a person: they can no longer start a conversation with the blocker nor go on in their conversation
 * of two, and no longer find them in the recipient picker. They are not told: what they see is the same
 * as for someone who accepts no messages.
 */
export async function blockPerson({ blockerId, blockedId }: { blockerId: string; blockedId: string }) {
  await getDb().insert(messageBlocks).values({ blockerId, blockedId }).onConflictDoNothing();
}

export async function unblockPerson({ blockerId, blockedId }: { blockerId: string; blockedId: string }) {
  const rows = await getDb()
    .delete(messageBlocks)
    .where(and(eq(messageBlocks.blockerId, blockerId), eq(messageBlocks.blockedId, blockedId)))
    .returning({ blockedId: messageBlocks.blockedId });
  return rows.length > 0;
}

/** "Wer darf mir schreiben". */
export async function saveMessageAudience({ userId, audience }: { userId: string; audience: MessageAudience }) {
  const now = new Date();
  await getDb()
    .insert(messageSettings)
    .values({ userId, audience, updatedAt: now })
    .onConflictDoUpdate({ target: messageSettings.userId, set: { audience, updatedAt: now } });
}
