import "server-only";
import { asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { appeals, moderationDecisions, users } from "@/db/schema";
import { listDecisions, type DecisionSummary } from "../decisions/list-decisions";
import { personColumns, toPersonIncludingDeleted, type TargetPerson } from "../person";

const OPEN_APPEALS_LIMIT = 100;

export interface AppealListItem {
  id: string;
  createdAt: Date;
  statement: string;
  appellant: TargetPerson | null;
  decision: DecisionSummary;
}

/** Open appeals, oldest first, with the decision under appeal: two queries whatever their number. */
export async function listOpenAppeals(): Promise<AppealListItem[]> {
  const appellant = alias(users, "appellant");
  const rows = await getDb()
    .select({ id: appeals.id, createdAt: appeals.createdAt, statement: appeals.statement, decisionId: appeals.decisionId, appellant: personColumns(appellant) })
    .from(appeals)
    .leftJoin(appellant, eq(appellant.id, appeals.appellantId))
    .where(eq(appeals.status, "open"))
    .orderBy(asc(appeals.createdAt), asc(appeals.id))
    .limit(OPEN_APPEALS_LIMIT);
  if (rows.length === 0) return [];
  // One appeal per decision (appeals.decision_id is unique): as many decisions as appeals.
  const decisions = await listDecisions(inArray(moderationDecisions.id, rows.map((row) => row.decisionId)), rows.length);
  const byId = new Map(decisions.map((decision) => [decision.id, decision]));
  return rows.flatMap((row) => {
    const decision = byId.get(row.decisionId);
    return decision ? [{ id: row.id, createdAt: row.createdAt, statement: row.statement, appellant: toPersonIncludingDeleted(row.appellant), decision }] : [];
  });
}

export async function countOpenAppeals(): Promise<number> {
  const [row] = await getDb().select({ value: sql<number>`count(*)::int` }).from(appeals).where(eq(appeals.status, "open"));
  return row?.value ?? 0;
}
