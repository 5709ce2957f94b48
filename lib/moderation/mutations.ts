import "server-only";
import { and, eq, gt, inArray, isNotNull, isNull, ne, or, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { appeals, districtSettings, moderationDecisions, reports, sessions, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/create";
import { can, type Actor } from "@/lib/policy";
import {
  appealDecidedMail,
  deliverAll,
  reportOutcomeMail,
  reportReceiptMail,
  reportReversedMail,
  statementOfReasonsMail,
  type Recipient,
} from "./mail";
import type { SUSPENSION_DURATIONS } from "./schemas";
import { hideTarget, restoreTarget, type ModerationTarget, type TargetType } from "./targets";

type Kind = (typeof moderationDecisions.$inferSelect)["kind"];
type Duration = (typeof SUSPENSION_DURATIONS)[number];

const DAY = 24 * 60 * 60 * 1000;

async function recipients(ids: Array<string | null>): Promise<Map<string, Recipient>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await getDb()
    .select({ id: users.id, email: users.email, name: users.displayName, status: users.status })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.filter((r) => r.status !== "deleted").map((r) => [r.id, { email: r.email, name: r.name }]));
}

export type CreateReportOutcome = { ok: true; id: string } | { ok: false; reason: "already_reported" };

/** Files a report and sends the reporter a receipt (in-app and by mail). One open report per reporter and target. */
export async function createReport({
  reporter,
  target,
  reason,
  explanation,
}: {
  reporter: Actor;
  target: { type: TargetType; id: string };
  reason: (typeof reports.$inferInsert)["reason"];
  explanation: string;
}): Promise<CreateReportOutcome> {
  const report = await getDb().transaction(async (tx) => {
    const [row] = await tx
      .insert(reports)
      .values({ targetType: target.type, targetId: target.id, reporterId: reporter.id, reason, explanation })
      .onConflictDoNothing()
      .returning({ id: reports.id, createdAt: reports.createdAt });
    if (!row) return null;
    await recordAudit({ actorId: reporter.id, action: "moderation.report_filed", targetType: target.type, targetId: target.id, details: { reason } }, tx);
    await notify([{ userId: reporter.id, kind: "report_received", data: { targetType: target.type, reason } }], tx);
    return row;
  });
  if (!report) return { ok: false, reason: "already_reported" };

  const to = (await recipients([reporter.id])).get(reporter.id);
  if (to) await deliverAll([reportReceiptMail(to, { targetType: target.type, reason, createdAt: report.createdAt })]);
  return { ok: true, id: report.id };
}

/** A moderator takes the open reports on one target, so two moderators do not work the same case. */
export async function claimReports({ moderatorId, target }: { moderatorId: string; target: { type: TargetType; id: string } }) {
  return getDb().transaction(async (tx) => {
    const claimed = await tx
      .update(reports)
      .set({ claimedById: moderatorId, claimedAt: new Date() })
      .where(and(eq(reports.targetType, target.type), eq(reports.targetId, target.id), eq(reports.status, "open")))
      .returning({ id: reports.id });
    if (claimed.length > 0) {
      await recordAudit({ actorId: moderatorId, action: "moderation.claimed", targetType: target.type, targetId: target.id, details: { reports: claimed.length } }, tx);
    }
    return claimed.length;
  });
}

/** Whether a suspension in force lasts at least as long as a new one ending at `until` (null: indefinitely). */
function outlasts(current: { status: string; until: Date | null }, until: Date | null, now: Date) {
  if (current.status !== "suspended") return false;
  if (current.until === null) return true;
  if (current.until <= now) return false;
  return until !== null && current.until >= until;
}

/**
 * Lifts the suspension a reversed decision imposed — and only that one: when another decision's
 * suspension is still running, it takes effect; an admin's or a later decision's stays untouched.
 */
async function liftSuspension({ userId, decisionId, now, tx }: { userId: string; decisionId: string; now: Date; tx: Transaction }) {
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

function suspensionEnd(duration: Duration | "", now: Date): Date | null {
  if (duration === "" || duration === "indefinite") return null;
  return new Date(now.getTime() + Number(duration) * DAY);
}

export interface DecideInput {
  moderator: Actor;
  /** The target as loaded now; author null when there is nobody to address (vanished content, deleted author). */
  target: Pick<ModerationTarget, "type" | "id"> & { author: { id: string } | null; text?: string | null };
  kind: Kind;
  ruleKey: string;
  facts: string;
  duration: Duration | "";
  /** For the link in the statement of reasons. */
  origin: string;
  now?: Date;
}

/**
 * Decides about a target: resolves its open reports, applies the measure (hide the content, or
 * suspend the account and end its sessions at once), records it, and tells the affected person
 * (statement of reasons) and every reporter (the outcome, without the other party's data).
 */
export async function decide({ moderator, target, kind, ruleKey, facts, duration, origin, now = new Date() }: DecideInput) {
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
    return { decision, reporterIds, outcome };
  });

  const { decision, reporterIds, outcome } = result;
  const people = await recipients([affectedUserId, ...reporterIds]);
  const outgoing = reporterIds.flatMap((id) => {
    const to = people.get(id);
    return to ? [reportOutcomeMail(to, { targetType: target.type, outcome })] : [];
  });
  const affected = affectedUserId ? people.get(affectedUserId) : undefined;
  if (affected && decision.kind !== "dismiss") {
    outgoing.push(
      statementOfReasonsMail(
        affected,
        { id: decision.id, kind: decision.kind, ruleKey: decision.ruleKey ?? "", termsVersion: decision.termsVersion, facts, suspendedUntil: decision.suspendedUntil, createdAt: decision.createdAt },
        origin,
      ),
    );
  }
  await deliverAll(outgoing);
  return decision.id;
}

export type SubmitAppealOutcome = { ok: true; id: string } | { ok: false; reason: "already_appealed" };

/** The affected person objects to a decision. */
export async function submitAppeal({ appellant, decisionId, statement }: { appellant: Actor; decisionId: string; statement: string }): Promise<SubmitAppealOutcome> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .insert(appeals)
      .values({ decisionId, appellantId: appellant.id, statement })
      .onConflictDoNothing()
      .returning({ id: appeals.id });
    if (!row) return { ok: false, reason: "already_appealed" } as const;
    const [decision] = await tx
      .select({ targetType: moderationDecisions.targetType, targetId: moderationDecisions.targetId, kind: moderationDecisions.kind })
      .from(moderationDecisions)
      .where(eq(moderationDecisions.id, decisionId));
    await recordAudit(
      { actorId: appellant.id, action: "moderation.appeal_filed", targetType: decision?.targetType ?? "decision", targetId: decision?.targetId ?? decisionId, reason: statement, details: { decisionId, kind: decision?.kind ?? null } },
      tx,
    );
    await notify([{ userId: appellant.id, kind: "appeal_received", data: { decisionId } }], tx);
    return { ok: true, id: row.id } as const;
  });
}

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
  origin,
  now = new Date(),
}: {
  moderator: Actor;
  appealId: string;
  outcome: "upheld" | "reversed";
  note: string;
  origin: string;
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
        ...(row.appellantId ? [{ userId: row.appellantId, kind: "appeal_decided" as const, data: { decisionId: row.decisionId, outcome } }] : []),
        ...reporterIds.map((userId) => ({ userId, kind: "report_reversed" as const, data: { targetType: row.targetType } })),
      ],
      tx,
    );
    return { ok: true, row, reporterIds } as const;
  });
  if (!result.ok) return result;

  const { row, reporterIds } = result;
  const people = await recipients([row.appellantId, ...reporterIds]);
  const appellant = row.appellantId ? people.get(row.appellantId) : undefined;
  await deliverAll([
    ...(appellant ? [appealDecidedMail(appellant, { decisionId: row.decisionId, outcome, note }, origin)] : []),
    ...reporterIds.flatMap((id) => {
      const to = people.get(id);
      return to ? [reportReversedMail(to, row.targetType)] : [];
    }),
  ]);
  return { ok: true, decisionId: row.decisionId };
}
