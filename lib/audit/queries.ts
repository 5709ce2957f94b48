import "server-only";
import { alias } from "drizzle-orm/pg-core";
import { and, desc, eq, ilike, lt, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { decodeCursor, toPage } from "@/lib/pagination";
import type { Role, Verification } from "@/lib/policy";

export interface AuditListItem {
  id: number;
  createdAt: Date;
  action: string;
  targetType: string;
  targetId: string | null;
  reason: string | null;
  details: Record<string, unknown> | null;
  actorName: string | null;
  /** For the badges next to the names. */
  actorRole: Role | null;
  actorVerification: Verification | null;
  targetName: string | null;
  targetRole: Role | null;
  targetVerification: Verification | null;
}

const target = alias(users, "target");

/** Newest first, keyset-paginated; filter by action and by a name of the actor or target. */
export async function listAuditEntries({ action, q, after }: { action?: string; q?: string; after?: string }) {
  const cursor = decodeCursor(after);
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = await getDb()
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      reason: auditLog.reason,
      details: auditLog.details,
      actorName: users.displayName,
      actorRole: users.role,
      actorVerification: users.verification,
      targetName: target.displayName,
      targetRole: target.role,
      targetVerification: target.verification,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(target, and(eq(auditLog.targetType, "user"), eq(target.id, auditLog.targetId)))
    .where(
      and(
        action ? eq(auditLog.action, action) : undefined,
        pattern ? or(ilike(users.displayName, pattern), ilike(target.displayName, pattern), ilike(target.username, pattern)) : undefined,
        cursor
          ? or(
              lt(auditLog.createdAt, new Date(cursor.createdAt)),
              and(eq(auditLog.createdAt, new Date(cursor.createdAt)), lt(auditLog.id, Number(cursor.id))),
            )
          : undefined,
      ),
    )
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(26);
  return toPage<AuditListItem>(rows);
}

export const AUDIT_ACTIONS = [
  "user.role_changed",
  "user.verified",
  "user.unverified",
  "user.suspended",
  "user.unsuspended",
  "user.email_changed",
  "user.deleted_own_account",
  "verification.code_issued",
  "verification.code_redeemed",
  "verification.code_revoked",
  "district.settings_changed",
  "district.legal_settings_changed",
  "district.locality_added",
  "district.locality_renamed",
  "district.locality_moved",
  "district.locality_sorted",
  "district.locality_removed",
  "district.topic_added",
  "district.topic_renamed",
  "district.topic_moved",
  "district.topic_sorted",
  "district.topic_removed",
  "district.department_added",
  "district.department_renamed",
  "district.department_moved",
  "district.department_sorted",
  "district.department_removed",
  "district.concern_category_added",
  "district.concern_category_changed",
  "district.concern_category_removed",
  "district.concern_settings_changed",
  "district.idea_settings_changed",
  "district.domain_added",
  "district.domain_removed",
  "terms.published",
  "announcement.published",
  "announcement.updated",
  "announcement.unpublished",
  "announcement.republished",
  "announcement.deleted",
  "upload.attached",
  "upload.removed",
  "moderation.report_filed",
  "moderation.claimed",
  "moderation.decided",
  "moderation.appeal_filed",
  "moderation.appeal_upheld",
  "moderation.appeal_reversed",
  "mediation.opened",
  "mediation.closed",
  "concern.filed",
  "concern.status_changed",
  "concern.claimed",
  "concern.note_added",
  "concern.cosigned",
  "concern.author_update",
  "concern.reopened",
  "concern.resolution_check_sent",
  "concern.template_added",
  "concern.template_removed",
  "idea.submitted",
  "idea.supported",
  "idea.answered",
  "idea.commented",
  "idea.comment_deleted",
  "space.created",
  "space.updated",
  "space.request_decided",
  "space.member_removed",
  "space.role_changed",
  "space.ownership_transferred",
  "space.post_hidden",
  "space.event_created",
  "space.shift_created",
  "space.shift_done",
  "space.shift_reopened",
  "space.shift_cancelled",
] as const;
