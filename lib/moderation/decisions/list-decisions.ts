import "server-only";
import { and, desc, eq, ne, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { appeals, moderationDecisions, users } from "@/db/schema";
import { personColumns, toPersonIncludingDeleted, type TargetPerson } from "../person";
import type { TargetType } from "../targets";
import type { DecisionKind } from "../types";

export interface DecisionSummary {
  id: string;
  targetType: TargetType;
  targetId: string;
  kind: DecisionKind;
  ruleKey: string | null;
  facts: string;
  /** The content's text as it was when decided; null for an account. */
  contentSnapshot: string | null;
  createdAt: Date;
  suspendedUntil: Date | null;
  reversedAt: Date | null;
  moderator: TargetPerson | null;
  appealStatus: "open" | "upheld" | "reversed" | null;
}

/** Decisions matching `where`, newest first, with their moderator and appeal: one query. */
export async function listDecisions(where: SQL | undefined, limit = 20): Promise<DecisionSummary[]> {
  const moderator = alias(users, "moderator");
  const rows = await getDb()
    .select({
      id: moderationDecisions.id,
      targetType: moderationDecisions.targetType,
      targetId: moderationDecisions.targetId,
      kind: moderationDecisions.kind,
      ruleKey: moderationDecisions.ruleKey,
      facts: moderationDecisions.facts,
      contentSnapshot: moderationDecisions.contentSnapshot,
      createdAt: moderationDecisions.createdAt,
      suspendedUntil: moderationDecisions.suspendedUntil,
      reversedAt: moderationDecisions.reversedAt,
      moderator: personColumns(moderator),
      appealStatus: appeals.status,
    })
    .from(moderationDecisions)
    .leftJoin(moderator, eq(moderator.id, moderationDecisions.moderatorId))
    .leftJoin(appeals, eq(appeals.decisionId, moderationDecisions.id))
    .where(where)
    .orderBy(desc(moderationDecisions.createdAt), desc(moderationDecisions.id))
    .limit(limit);
  return rows.map((row) => ({ ...row, moderator: toPersonIncludingDeleted(row.moderator) }));
}

/** The decisions about a person that came with a statement of reasons, newest first. */
export async function listStatementsAbout(userId: string) {
  return listDecisions(and(eq(moderationDecisions.affectedUserId, userId), ne(moderationDecisions.kind, "dismiss")), 50);
}

/** The moderation decision whose suspension is in force for a person; null for none or an admin's suspension. */
export async function findSuspensionDecision(userId: string): Promise<DecisionSummary | null> {
  const [account] = await getDb()
    .select({ status: users.status, decisionId: users.suspendedByDecisionId })
    .from(users)
    .where(eq(users.id, userId));
  if (account?.status !== "suspended" || !account.decisionId) return null;
  const [decision] = await listDecisions(eq(moderationDecisions.id, account.decisionId), 1);
  return decision ?? null;
}
