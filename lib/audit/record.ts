import "server-only";
import { getDb, type Database } from "@/db/client";
import { auditLog } from "@/db/schema";

export interface AuditEntry {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
}

/** Appends to the audit log; pass the transaction so the entry commits together with the change. */
export async function recordAudit(entry: AuditEntry, db: Pick<Database, "insert"> = getDb()) {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    reason: entry.reason ?? null,
    details: entry.details ?? null,
  });
}
