import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mediationCases, mediationMessages, mediationParties } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { TargetType } from "@/lib/moderation/targets";
import { notify } from "@/lib/notifications/create";

/** Opens a case with its parties and the moderator's first message; the parties are invited in-app and by mail. */
export async function openMediation({
  moderatorId,
  title,
  partyIds,
  message,
  source,
}: {
  moderatorId: string;
  title: string;
  partyIds: string[];
  message: string;
  /** The reported target the case was opened from, for moderators to find their way back. */
  source?: { type: TargetType; id: string };
}) {
  const caseId = await getDb().transaction(async (tx) => {
    const [row] = await tx
      .insert(mediationCases)
      .values({ title, openedById: moderatorId, sourceTargetType: source?.type ?? null, sourceTargetId: source?.id ?? null })
      .returning({ id: mediationCases.id });
    if (!row) throw new Error("mediation case not stored");
    await tx.insert(mediationParties).values(partyIds.map((userId) => ({ caseId: row.id, userId })));
    await tx.insert(mediationMessages).values({ caseId: row.id, authorId: moderatorId, body: message });
    await recordAudit({ actorId: moderatorId, action: "mediation.opened", targetType: "mediation", targetId: row.id, details: { title, parties: partyIds.length, ...(source && { source: `${source.type}:${source.id}` }) } }, tx);
    await notify(partyIds.map((userId) => ({ userId, kind: "mediation_opened" as const, data: { caseId: row.id, title } })), tx);
    return row.id;
  });
  return caseId;
}

/** Adds a message to an open case's thread. Returns false when the case was closed in the meantime. */
export async function postMediationMessage({ caseId, authorId, body }: { caseId: string; authorId: string; body: string }) {
  return getDb().transaction(async (tx) => {
    const [row] = await tx.select({ status: mediationCases.status }).from(mediationCases).where(eq(mediationCases.id, caseId)).for("update");
    if (row?.status !== "open") return false;
    await tx.insert(mediationMessages).values({ caseId, authorId, body });
    return true;
  });
}

/** Closes a case with an outcome note the parties read. Returns false when it was already closed. */
export async function closeMediation({ caseId, moderatorId, outcomeNote }: { caseId: string; moderatorId: string; outcomeNote: string }) {
  const closed: boolean = await getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(mediationCases)
      .set({ status: "closed", outcomeNote, closedById: moderatorId, closedAt: new Date() })
      .where(and(eq(mediationCases.id, caseId), eq(mediationCases.status, "open")))
      .returning({ title: mediationCases.title });
    if (!row) return false;
    const parties = await tx.select({ userId: mediationParties.userId }).from(mediationParties).where(eq(mediationParties.caseId, caseId));
    const partyIds = parties.map((p) => p.userId);
    await recordAudit({ actorId: moderatorId, action: "mediation.closed", targetType: "mediation", targetId: caseId, reason: outcomeNote, details: { title: row.title } }, tx);
    await notify(partyIds.map((userId) => ({ userId, kind: "mediation_closed" as const, data: { caseId, title: row.title, outcome: outcomeNote } })), tx);
    return true;
  });
  return closed;
}
