import "server-only";
import { and, eq, gt, isNull, ne, or, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { moderationDecisions, users } from "@/db/schema";

/**
 * Lifts the suspension a reversed decision imposed — and only that one: when another decision's
 * suspension is still running, it takes effect; an admin's or a later decision's stays untouched.
 */
export async function liftSuspension({ userId, decisionId, now, tx }: { userId: string; decisionId: string; now: Date; tx: Transaction }) {
  const [account] = await tx.select({ suspendedByDecisionId: users.suspendedByDecisionId }).from(users).where(eq(users.id, userId)).for("update");
  if (account?.suspendedByDecisionId !== decisionId) return;
  const [next] = await tx
    .select({ id: moderationDecisions.id, until: moderationDecisions.suspendedUntil, facts: moderationDecisions.facts })
    .from(moderationDecisions)
    .where(
      and(
        eq(moderationDecisions.affectedUserId, userId),
        eq(moderationDecisions.kind, "suspend"),
        isNull(moderationDecisions.reversedAt),
        ne(moderationDecisions.id, decisionId),
        or(isNull(moderationDecisions.suspendedUntil), gt(moderationDecisions.suspendedUntil, now)),
      ),
    )
    .orderBy(sql`${moderationDecisions.suspendedUntil} desc nulls first`)
    .limit(1);
  await tx
    .update(users)
    .set(
      next
        ? { status: "suspended", suspendedUntil: next.until, suspensionReason: next.facts, suspendedByDecisionId: next.id }
        : { status: "active", suspendedUntil: null, suspensionReason: null, suspendedByDecisionId: null },
    )
    .where(eq(users.id, userId));
}
