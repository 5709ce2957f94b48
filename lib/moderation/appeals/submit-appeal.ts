import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { appeals, moderationDecisions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/create";
import type { Actor } from "@/lib/policy";

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
