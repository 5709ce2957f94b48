import "server-only";
import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { appeals, moderationDecisions, reports, users } from "@/db/schema";
import { listDecisions, type DecisionSummary } from "../decisions/list-decisions";
import { personColumns, toPersonIncludingDeleted, type TargetPerson } from "../person";
import type { ReportOnTarget } from "../queue/target-review";
import { loadTarget, type ModerationTarget } from "../targets";

export interface AppealReview {
  id: string;
  status: "open" | "upheld" | "reversed";
  statement: string;
  createdAt: Date;
  decidedAt: Date | null;
  outcomeNote: string | null;
  appellant: TargetPerson | null;
  decider: TargetPerson | null;
  decision: DecisionSummary;
  target: ModerationTarget | null;
  /** The reports the decision resolved. */
  reports: ReportOnTarget[];
}

/** An appeal with the decision, its target and the reports it resolved, for the moderator who decides it. */
export async function getAppealReview(appealId: string): Promise<AppealReview | null> {
  const appellant = alias(users, "appellant");
  const decider = alias(users, "decider");
  const reporter = alias(users, "reporter");
  const [row] = await getDb()
    .select({
      id: appeals.id,
      status: appeals.status,
      statement: appeals.statement,
      createdAt: appeals.createdAt,
      decidedAt: appeals.decidedAt,
      outcomeNote: appeals.outcomeNote,
      decisionId: appeals.decisionId,
      appellant: personColumns(appellant),
      decider: personColumns(decider),
    })
    .from(appeals)
    .leftJoin(appellant, eq(appellant.id, appeals.appellantId))
    .leftJoin(decider, eq(decider.id, appeals.deciderId))
    .where(eq(appeals.id, appealId));
  if (!row) return null;
  const [decision] = await listDecisions(eq(moderationDecisions.id, row.decisionId), 1);
  if (!decision) return null;
  const [target, reportRows] = await Promise.all([
    loadTarget(decision.targetType, decision.targetId),
    getDb()
      .select({ id: reports.id, reason: reports.reason, explanation: reports.explanation, contentSnapshot: reports.contentSnapshot, createdAt: reports.createdAt, reporter: personColumns(reporter) })
      .from(reports)
      .leftJoin(reporter, eq(reporter.id, reports.reporterId))
      .where(eq(reports.decisionId, decision.id))
      .orderBy(asc(reports.createdAt))
      .limit(200),
  ]);
  return {
    id: row.id,
    status: row.status,
    statement: row.statement,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
    outcomeNote: row.outcomeNote,
    appellant: toPersonIncludingDeleted(row.appellant),
    decider: toPersonIncludingDeleted(row.decider),
    decision,
    target,
    reports: reportRows.map((r) => ({ ...r, open: false, reporter: toPersonIncludingDeleted(r.reporter), claimedBy: null })),
  };
}
