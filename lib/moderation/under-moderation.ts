import "server-only";
import { and, eq, isNull, ne } from "drizzle-orm";
import { getDb, type Database, type Transaction } from "@/db/client";
import { appeals, moderationDecisions, reports } from "@/db/schema";
import { appealDeadline } from "@/lib/policy";
import type { TargetType } from "./targets/types";

/**
 * Whether content is a moderation case now: a report on it is open, or a decision about it (other
 * than a dismissal, not reversed) can still be appealed or is under appeal. While it is, its author
 * cannot edit it (policy fact `underModeration`), so the moderators and the appeal decide on the
 * version that was reported and decided. Two small index-backed queries (reports_target_idx,
 * moderation_decisions_target_idx).
 */
export async function isUnderModeration(
  target: { type: TargetType; id: string },
  { db = getDb(), now = new Date() }: { db?: Database | Transaction; now?: Date } = {},
): Promise<boolean> {
  const [openReport] = await db
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.targetType, target.type), eq(reports.targetId, target.id), eq(reports.status, "open")))
    .limit(1);
  if (openReport) return true;
  const decisions = await db
    .select({ createdAt: moderationDecisions.createdAt, appealStatus: appeals.status })
    .from(moderationDecisions)
    .leftJoin(appeals, eq(appeals.decisionId, moderationDecisions.id))
    .where(
      and(
        eq(moderationDecisions.targetType, target.type),
        eq(moderationDecisions.targetId, target.id),
        ne(moderationDecisions.kind, "dismiss"),
        isNull(moderationDecisions.reversedAt),
      ),
    )
    .limit(50);
  return decisions.some((d) => d.appealStatus === "open" || (d.appealStatus === null && now < appealDeadline(d.createdAt)));
}
