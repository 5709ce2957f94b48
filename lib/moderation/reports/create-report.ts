import "server-only";
import { getDb, type Transaction } from "@/db/client";
import { reports } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/create";
import type { Actor } from "@/lib/policy";
import { loadTarget, type TargetType } from "../targets";

export type CreateReportOutcome = { ok: true; id: string } | { ok: false; reason: "already_reported" };

/** Files a report (with the reported text as it is now) and sends the reporter a receipt (in-app, and by mail through notify()). One open report per reporter and target. */
export async function createReport({
  reporter,
  target,
  reason,
  explanation,
  mediationConsent = false,
  evidence,
}: {
  reporter: Actor;
  target: { type: TargetType; id: string };
  reason: (typeof reports.$inferInsert)["reason"];
  explanation: string;
  /** The reporter may be named to the author as a party of a mediation about this target. */
  mediationConsent?: boolean;
  /** Freezes further evidence with the report, in its transaction (a message's previous ones: lib/messages/report.ts). */
  evidence?: (reportId: string, tx: Transaction) => Promise<void>;
}): Promise<CreateReportOutcome> {
  const report = await getDb().transaction(async (tx) => {
    // The text as reported: the moderator decides on this version, whatever happens to the content later.
    const reported = await loadTarget(target.type, target.id, tx);
    const [row] = await tx
      .insert(reports)
      .values({ targetType: target.type, targetId: target.id, reporterId: reporter.id, reason, explanation, mediationConsent, contentSnapshot: reported?.text ?? null })
      .onConflictDoNothing()
      .returning({ id: reports.id });
    if (!row) return null;
    await evidence?.(row.id, tx);
    await recordAudit({ actorId: reporter.id, action: "moderation.report_filed", targetType: target.type, targetId: target.id, details: { reason, mediationConsent } }, tx);
    await notify([{ userId: reporter.id, kind: "report_received", data: { targetType: target.type, reason } }], tx);
    return row;
  });
  if (!report) return { ok: false, reason: "already_reported" };
  return { ok: true, id: report.id };
}
