import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { conversations, messages, users } from "@/db/schema";
import { conversationPath } from "@/lib/messages/paths";
import { personColumns, toLivePerson } from "../person";
import type { TargetAdapter } from "./types";

/**
 * A direct message. Moderators see only reported messages (here) and the context frozen with a report
 * (lib/messages/queries.ts), never the conversation itself: its link is for the sender's statement of reasons.
 * Hiding does not pretend the message never existed: its members see "removed by moderation" in its place.
 */
export const messageTarget: TargetAdapter = {
  async loadMany(ids, db) {
    const rows = await db
      .select({
        id: messages.id,
        body: messages.body,
        createdAt: messages.createdAt,
        hiddenByDecisionId: messages.hiddenByDecisionId,
        conversationId: conversations.id,
        author: personColumns(users),
      })
      .from(messages)
      .innerJoin(conversations, eq(conversations.id, messages.conversationId))
      .leftJoin(users, eq(users.id, messages.senderId))
      .where(inArray(messages.id, [...ids]));
    return rows.map((row) => ({
      type: "message" as const,
      id: row.id,
      author: toLivePerson(row.author),
      text: row.body,
      context: null,
      href: conversationPath(row.conversationId),
      createdAt: row.createdAt,
      hideable: true,
      hiddenByDecisionId: row.hiddenByDecisionId,
    }));
  },
  async hide(id, decisionId, tx) {
    await tx.update(messages).set({ hiddenByDecisionId: decisionId }).where(eq(messages.id, id));
  },
  async restore(id, decisionId, tx) {
    await tx.update(messages).set({ hiddenByDecisionId: null }).where(sql`${messages.id} = ${id} and ${messages.hiddenByDecisionId} = ${decisionId}`);
  },
};
