import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { moderationDecisions, reports, users } from "@/db/schema";
import { listDecisions, type DecisionSummary } from "../decisions/list-decisions";
import { personColumns, toPersonIncludingDeleted, type TargetPerson } from "../person";
import { loadTarget, type ModerationTarget, type TargetType } from "../targets";
import type { ReportReason } from "../types";

export interface ReportOnTarget {
  id: string;
  reason: ReportReason;
  explanation: string;
  /** The reported text as it was when this report came in (null for an account, or for reports older than the snapshot). */
  contentSnapshot: string | null;
  createdAt: Date;
  open: boolean;
  reporter: TargetPerson | null;
  claimedBy: TargetPerson | null;
}

export interface TargetReview {
  ref: { type: TargetType; id: string };
  /** Null when the content has vanished since it was reported. */
  target: ModerationTarget | null;
  reports: ReportOnTarget[];
  /** Earlier decisions about this target. */
  decisions: DecisionSummary[];
  /** Earlier decisions about the author, on any target. */
  authorHistory: DecisionSummary[];
  /** Who holds the open reports, if anyone. */
  claimedBy: TargetPerson | null;
}

const reporter = alias(users, "reporter");
const claimer = alias(users, "claimer");

/** Everything a moderator needs to decide about one target; null when neither it nor a report on it exists. */
export async function getTargetReview(type: TargetType, id: string): Promise<TargetReview | null> {
  const [target, reportRows] = await Promise.all([
    loadTarget(type, id),
    getDb()
      .select({
        id: reports.id,
        reason: reports.reason,
        explanation: reports.explanation,
        contentSnapshot: reports.contentSnapshot,
        createdAt: reports.createdAt,
        status: reports.status,
        reporter: personColumns(reporter),
        claimer: personColumns(claimer),
      })
      .from(reports)
      .leftJoin(reporter, eq(reporter.id, reports.reporterId))
      .leftJoin(claimer, eq(claimer.id, reports.claimedById))
      .where(and(eq(reports.targetType, type), eq(reports.targetId, id)))
      // Open ones first (the enum orders open before resolved), oldest first.
      .orderBy(asc(reports.status), asc(reports.createdAt))
      .limit(200),
  ]);
  if (!target && reportRows.length === 0) return null;
  const authorId = target?.author?.id;
  const [decisions, authorHistory] = await Promise.all([
    listDecisions(and(eq(moderationDecisions.targetType, type), eq(moderationDecisions.targetId, id))),
    authorId ? listDecisions(eq(moderationDecisions.affectedUserId, authorId)) : Promise.resolve([]),
  ]);
  const list = reportRows.map((row) => ({
    id: row.id,
    reason: row.reason,
    explanation: row.explanation,
    contentSnapshot: row.contentSnapshot,
    createdAt: row.createdAt,
    open: row.status === "open",
    reporter: toPersonIncludingDeleted(row.reporter),
    claimedBy: toPersonIncludingDeleted(row.claimer),
  }));
  return {
    ref: { type, id },
    target,
    reports: list,
    decisions,
    authorHistory: authorHistory.filter((d) => !(d.targetType === type && d.targetId === id)),
    claimedBy: list.find((r) => r.open && r.claimedBy)?.claimedBy ?? null,
  };
}
