import "server-only";
import { and, desc, eq, lt, or } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { messageReportContext, messages, type reports } from "@/db/schema";
import { createReport } from "@/lib/moderation/reports/create-report";
import type { Actor } from "@/lib/policy";
import { REPORT_CONTEXT_SIZE } from "./schemas";

/** Freezes the few messages before the reported one, as they are now, with the report. */
async function freezeContext(messageId: string, reportId: string, tx: Transaction) {
  const [reported] = await tx.select({ conversationId: messages.conversationId, createdAt: messages.createdAt, id: messages.id }).from(messages).where(eq(messages.id, messageId));
  if (!reported) return;
  const before = await tx
    .select({ id: messages.id, senderId: messages.senderId, body: messages.body, createdAt: messages.createdAt })
    .from(messages)
    .where(
      and(
        eq(messages.conversationId, reported.conversationId),
        or(lt(messages.createdAt, reported.createdAt), and(eq(messages.createdAt, reported.createdAt), lt(messages.id, reported.id))),
      ),
    )
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(REPORT_CONTEXT_SIZE);
  if (before.length === 0) return;
  await tx
    .insert(messageReportContext)
    .values(before.map((m, i) => ({ reportId, position: i + 1, messageId: m.id, senderId: m.senderId, body: m.body, sentAt: m.createdAt })));
}

/**
 * A member reports a message of their conversation (the caller asked "message.report"). The report freezes
 * the message itself, like every report; with the reporter's consent also the few messages before it, for
 * the moderators' queue (nobody else reads them). The existing decisions (hide, warn, suspend) apply to its sender.
 */
export async function reportMessage({
  reporter,
  messageId,
  reason,
  explanation,
  includeContext,
}: {
  reporter: Actor;
  messageId: string;
  reason: (typeof reports.$inferInsert)["reason"];
  explanation: string;
  includeContext: boolean;
}) {
  return createReport({
    reporter,
    target: { type: "message", id: messageId },
    reason,
    explanation,
    evidence: includeContext ? (reportId, tx) => freezeContext(messageId, reportId, tx) : undefined,
  });
}
