import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { reports } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { TargetType } from "../targets";

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
