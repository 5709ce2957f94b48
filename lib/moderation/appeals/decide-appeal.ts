import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { appeals, moderationDecisions, reports } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/create";
import { can, type Actor } from "@/lib/policy";
import { liftSuspension } from "../decisions/lift-suspension";
import { restoreTarget } from "../targets";

export type DecideAppealOutcome = { ok: true; decisionId: string } | { ok: false; reason: "forbidden" | "not_found" };

/**
 * A different moderator upholds or reverses. A reversal undoes the measure (shows the content again,
 * lifts the suspension this decision imposed) and is communicated like the decision itself.
 */
export async function decideAppeal({
  moderator,
  appealId,
  outcome,
  note,
  now = new Date(),
}: {
  moderator: Actor;
  appealId: string;
  outcome: "upheld" | "reversed";
  note: string;
  now?: Date;
}): Promise<DecideAppealOutcome> {
  const result = await getDb().transaction(async (tx) => {
    const [row] = await tx
      .select({
        status: appeals.status,
        appellantId: appeals.appellantId,
        decisionId: moderationDecisions.id,
        moderatorId: moderationDecisions.moderatorId,
        kind: moderationDecisions.kind,
        targetType: moderationDecisions.targetType,
        targetId: moderationDecisions.targetId,
        affectedUserId: moderationDecisions.affectedUserId,
      })
      .from(appeals)
      .innerJoin(moderationDecisions, eq(moderationDecisions.id, appeals.decisionId))
      .where(eq(appeals.id, appealId))
      .for("update");
    if (!row) return { ok: false, reason: "not_found" } as const;
    // Asked again on the locked row: another moderator may have decided it in the meantime.
    if (!can(moderator, "moderation.appeal.decide", { appeal: { open: row.status === "open", decidedById: row.moderatorId } })) {
      return { ok: false, reason: "forbidden" } as const;
    }

    await tx.update(appeals).set({ status: outcome, deciderId: moderator.id, outcomeNote: note, decidedAt: now }).where(eq(appeals.id, appealId));
    let reporterIds: string[] = [];
    if (outcome === "reversed") {
      await tx.update(moderationDecisions).set({ reversedAt: now }).where(eq(moderationDecisions.id, row.decisionId));
      if (row.kind === "hide") await restoreTarget(row.targetType, row.targetId, row.decisionId, tx);
      if (row.kind === "suspend" && row.affectedUserId) await liftSuspension({ userId: row.affectedUserId, decisionId: row.decisionId, now, tx });
      const reporters = await tx
        .selectDistinct({ reporterId: reports.reporterId })
        .from(reports)
        .where(and(eq(reports.decisionId, row.decisionId), isNotNull(reports.reporterId)));
      reporterIds = reporters.map((r) => r.reporterId!).filter((id) => id !== row.affectedUserId);
    }

    await recordAudit(
      {
        actorId: moderator.id,
        action: outcome === "reversed" ? "moderation.appeal_reversed" : "moderation.appeal_upheld",
        targetType: row.targetType,
        targetId: row.targetId,
        reason: note,
        details: { decisionId: row.decisionId, kind: row.kind },
      },
      tx,
    );
    await notify(
      [
        ...(row.appellantId ? [{ userId: row.appellantId, kind: "appeal_decided" as const, data: { decisionId: row.decisionId, outcome, note } }] : []),
        ...reporterIds.map((userId) => ({ userId, kind: "report_reversed" as const, data: { targetType: row.targetType } })),
      ],
      tx,
    );
    return { ok: true, row } as const;
  });
  if (!result.ok) return result;

  return { ok: true, decisionId: result.row.decisionId };
}
