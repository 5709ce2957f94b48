import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { appeals, moderationDecisions, reports } from "@/db/schema";
import type { AppealableDecisionFacts, AppealFacts, DecisionTargetFacts, ReportTargetFacts } from "@/lib/policy";
import type { TargetPerson } from "./person";
import { loadTarget, type TargetType } from "./targets";

// The facts each moderation rule of lib/policy decides on, loaded for the actions and pages that ask.

/** The facts of "report.create": whose the target is. Null when it does not exist. */
export async function loadReportFacts(type: TargetType, id: string): Promise<{ target: ReportTargetFacts } | null> {
  const target = await loadTarget(type, id);
  return target && { target: { authorId: target.author?.id ?? null } };
}

/** What a decision is about: the live target, or (for reports on content that has vanished since) nothing but its reference. */
export interface DecisionFacts {
  target: DecisionTargetFacts;
  ref: { type: TargetType; id: string };
  author: TargetPerson | null;
}

/** The facts of "moderation.decide" and "moderation.report.claim"; null when neither the target nor any report on it exists. */
export async function loadDecisionFacts(type: TargetType, id: string): Promise<DecisionFacts | null> {
  const target = await loadTarget(type, id);
  if (target) {
    return {
      target: { affectedUserId: target.author?.id ?? null, affectedRole: target.author?.role ?? null, hideable: target.hideable },
      ref: { type, id },
      author: target.author,
    };
  }
  const [report] = await getDb()
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.targetType, type), eq(reports.targetId, id)))
    .limit(1);
  return report ? { target: { affectedUserId: null, affectedRole: null, hideable: false }, ref: { type, id }, author: null } : null;
}

/** The facts of "moderation.decision.read". */
export async function loadDecisionReadFacts(decisionId: string): Promise<{ decision: { affectedUserId: string | null } } | null> {
  const [row] = await getDb()
    .select({ affectedUserId: moderationDecisions.affectedUserId })
    .from(moderationDecisions)
    .where(eq(moderationDecisions.id, decisionId));
  return row ? { decision: row } : null;
}

/** The facts of "moderation.appeal.submit". */
export async function loadAppealableDecisionFacts(decisionId: string): Promise<{ decision: AppealableDecisionFacts } | null> {
  const [row] = await getDb()
    .select({
      affectedUserId: moderationDecisions.affectedUserId,
      kind: moderationDecisions.kind,
      createdAt: moderationDecisions.createdAt,
      reversedAt: moderationDecisions.reversedAt,
      appealId: appeals.id,
    })
    .from(moderationDecisions)
    .leftJoin(appeals, eq(appeals.decisionId, moderationDecisions.id))
    .where(eq(moderationDecisions.id, decisionId));
  if (!row) return null;
  return {
    decision: { affectedUserId: row.affectedUserId, kind: row.kind, createdAt: row.createdAt, alreadyAppealed: row.appealId !== null, reversed: row.reversedAt !== null },
  };
}

/** The facts of "moderation.appeal.decide". */
export async function loadAppealFacts(appealId: string): Promise<{ appeal: AppealFacts } | null> {
  const [row] = await getDb()
    .select({ status: appeals.status, decidedById: moderationDecisions.moderatorId })
    .from(appeals)
    .innerJoin(moderationDecisions, eq(moderationDecisions.id, appeals.decisionId))
    .where(eq(appeals.id, appealId));
  return row ? { appeal: { open: row.status === "open", decidedById: row.decidedById } } : null;
}
