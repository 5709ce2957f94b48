import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { districtSettings, moderationDecisions, reports, sessions, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/create";
import type { Actor } from "@/lib/policy";
import type { SUSPENSION_DURATIONS } from "../schemas";
import { hideTarget, type ModerationTarget } from "../targets";
import type { DecisionKind } from "../types";

type Duration = (typeof SUSPENSION_DURATIONS)[number];

const DAY = 24 * 60 * 60 * 1000;

/** Whether a suspension in force lasts at least as long as a new one ending at `until` (null: indefinitely). */
function outlasts(current: { status: string; until: Date | null }, until: Date | null, now: Date) {
  if (current.status !== "suspended") return false;
  if (current.until === null) return true;
  if (current.until <= now) return false;
  return until !== null && current.until >= until;
}

function suspensionEnd(duration: Duration | "", now: Date): Date | null {
  if (duration === "" || duration === "indefinite") return null;
  return new Date(now.getTime() + Number(duration) * DAY);
}

export interface DecideInput {
  moderator: Actor;
  /** The target as loaded now; author null when there is nobody to address (vanished content, deleted author). */
  target: Pick<ModerationTarget, "type" | "id"> & { author: { id: string } | null; text?: string | null };
  kind: DecisionKind;
  ruleKey: string;
  facts: string;
  duration: Duration | "";
  now?: Date;
}

/**
 * Decides about a target: resolves its open reports, applies the measure (hide the content, or
 * suspend the account and end its sessions at once), records it, and tells the affected person
 * (statement of reasons) and every reporter (the outcome, without the other party's data).
 */
export async function decide({ moderator, target, kind, ruleKey, facts, duration, now = new Date() }: DecideInput) {
  const affectedUserId = target.author?.id ?? null;
  const result = await getDb().transaction(async (tx) => {
    const open = await tx
      .select({ id: reports.id, reporterId: reports.reporterId, createdAt: reports.createdAt })
      .from(reports)
      .where(and(eq(reports.targetType, target.type), eq(reports.targetId, target.id), eq(reports.status, "open")))
      .for("update");
    const [settings] = await tx.select({ termsVersion: districtSettings.termsVersion }).from(districtSettings);
    const suspendedUntil = kind === "suspend" ? suspensionEnd(duration, now) : null;
    const firstReportedAt = open.length > 0 ? new Date(Math.min(...open.map((r) => r.createdAt.getTime()))) : null;

    const [decision] = await tx
      .insert(moderationDecisions)
      .values({
        targetType: target.type,
        targetId: target.id,
        affectedUserId,
        moderatorId: moderator.id,
        kind,
        ruleKey: kind === "dismiss" ? null : ruleKey,
        contentSnapshot: target.text ?? null,
        termsVersion: settings?.termsVersion ?? 1,
        facts,
        suspendedUntil,
        firstReportedAt,
        createdAt: now,
      })
      .returning();
    if (!decision) throw new Error("decision not stored");

    if (open.length > 0) {
      await tx
        .update(reports)
        .set({ status: "resolved", decisionId: decision.id, resolvedAt: now })
        .where(inArray(reports.id, open.map((r) => r.id)));
    }
    if (kind === "hide") await hideTarget(target.type, target.id, decision.id, tx);
    if (kind === "suspend" && affectedUserId) {
      const [account] = await tx
        .select({ status: users.status, suspendedUntil: users.suspendedUntil })
        .from(users)
        .where(eq(users.id, affectedUserId))
        .for("update");
      // A shorter suspension never cuts a longer one in force short.
      if (!account || !outlasts({ status: account.status, until: account.suspendedUntil }, suspendedUntil, now)) {
        await tx
          .update(users)
          .set({ status: "suspended", suspendedUntil, suspensionReason: facts, suspendedByDecisionId: decision.id })
          .where(eq(users.id, affectedUserId));
      }
      // Ends every open session at once: the next request of that browser is signed out.
      await tx.delete(sessions).where(eq(sessions.userId, affectedUserId));
    }

    await recordAudit(
      {
        actorId: moderator.id,
        action: "moderation.decided",
        targetType: target.type,
        targetId: target.id,
        reason: facts,
        details: { kind, rule: decision.ruleKey, reports: open.length, until: suspendedUntil?.toISOString() ?? null, decisionId: decision.id },
      },
      tx,
    );

    const reporterIds = [...new Set(open.map((r) => r.reporterId).filter((id): id is string => id !== null && id !== affectedUserId))];
    const outcome = kind === "dismiss" ? ("dismissed" as const) : ("action_taken" as const);
    await notify(
      [
        ...(kind !== "dismiss" && affectedUserId ? [{ userId: affectedUserId, kind: "decision" as const, data: { decisionId: decision.id, kind } }] : []),
        ...reporterIds.map((userId) => ({ userId, kind: "report_outcome" as const, data: { targetType: target.type, outcome } })),
      ],
      tx,
    );
    return { decision };
  });

  return result.decision.id;
}
