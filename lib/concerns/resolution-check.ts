import "server-only";
import { and, eq, isNull, lte, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { concerns } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/create";
import { RESOLUTION_CHECK_DAYS } from "./status";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Asks each author whose concern was resolved four weeks ago "Ist das wirklich gelöst?", once per
 * resolution: marking and notifying commit together, so a retried run asks nobody twice.
 */
export async function sendDueResolutionChecks(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - RESOLUTION_CHECK_DAYS * DAY);
  return getDb().transaction(async (tx) => {
    const due = await tx
      .update(concerns)
      .set({ resolutionCheckSentAt: now })
      .where(
        and(
          eq(concerns.status, "resolved"),
          isNull(concerns.resolutionCheckSentAt),
          lte(concerns.resolvedAt, before),
          sql`${concerns.authorId} in (select id from users where status <> 'deleted')`,
          sql`${concerns.id} in (select id from concerns where status = 'resolved' and resolution_check_sent_at is null order by resolved_at limit 500)`,
        ),
      )
      .returning({ id: concerns.id, title: concerns.title, authorId: concerns.authorId });
    await notify(
      due.map((c) => ({ userId: c.authorId!, kind: "concern_resolution_check" as const, data: { concernId: c.id }, thread: { key: `concern:${c.id}`, title: c.title } })),
      tx,
    );
    for (const c of due) await recordAudit({ actorId: null, action: "concern.resolution_check_sent", targetType: "concern", targetId: c.id }, tx);
    return due.length;
  });
}
