import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { appeals, moderationDecisions } from "@/db/schema";
import { loadTarget, type ModerationTarget, type TargetType } from "../targets";
import type { DecisionKind } from "../types";

export interface Statement {
  id: string;
  kind: DecisionKind;
  ruleKey: string | null;
  termsVersion: number;
  facts: string;
  createdAt: Date;
  suspendedUntil: Date | null;
  reversedAt: Date | null;
  affectedUserId: string | null;
  /** What the decision was about, as its author sees it (their own content). */
  target: ModerationTarget | null;
  targetType: TargetType;
  appeal: { status: "open" | "upheld" | "reversed"; statement: string; createdAt: Date; outcomeNote: string | null; decidedAt: Date | null } | null;
}

/** A statement of reasons. Who may read it is the policy's question ("moderation.decision.read"). */
export async function getStatement(decisionId: string): Promise<Statement | null> {
  const [row] = await getDb()
    .select({
      id: moderationDecisions.id,
      kind: moderationDecisions.kind,
      ruleKey: moderationDecisions.ruleKey,
      termsVersion: moderationDecisions.termsVersion,
      facts: moderationDecisions.facts,
      createdAt: moderationDecisions.createdAt,
      suspendedUntil: moderationDecisions.suspendedUntil,
      reversedAt: moderationDecisions.reversedAt,
      affectedUserId: moderationDecisions.affectedUserId,
      targetType: moderationDecisions.targetType,
      targetId: moderationDecisions.targetId,
      appealStatus: appeals.status,
      appealStatement: appeals.statement,
      appealCreatedAt: appeals.createdAt,
      appealNote: appeals.outcomeNote,
      appealDecidedAt: appeals.decidedAt,
    })
    .from(moderationDecisions)
    .leftJoin(appeals, eq(appeals.decisionId, moderationDecisions.id))
    .where(eq(moderationDecisions.id, decisionId));
  if (!row) return null;
  const { appealStatus, appealStatement, appealCreatedAt, appealNote, appealDecidedAt, targetId, ...decision } = row;
  return {
    ...decision,
    target: await loadTarget(row.targetType, targetId),
    appeal:
      appealStatus && appealStatement !== null && appealCreatedAt
        ? { status: appealStatus, statement: appealStatement, createdAt: appealCreatedAt, outcomeNote: appealNote, decidedAt: appealDecidedAt }
        : null,
  };
}
