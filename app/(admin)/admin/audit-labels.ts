import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { AUDIT_ACTIONS } from "@/lib/audit/queries";
import type { Role } from "@/lib/policy";
import { changeRoleSchema } from "@/lib/users/schemas";

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const isAuditAction = (value: string | undefined): value is AuditAction => AUDIT_ACTIONS.includes(value as AuditAction);

const isRole = (value: unknown): value is Role => changeRoleSchema.shape.role.options.includes(value as Role);

/** Localised names of audit actions and a one-line summary of an entry's details. */
export async function getAuditLabels() {
  const [t, tRoles, format] = await Promise.all([getTranslations("admin.audit"), getTranslations("common.roles"), getFormatter()]);
  return {
    /** Unknown actions (recorded by a newer version) show as they are stored. */
    action: (action: string) => (isAuditAction(action) ? t(`actions.${action}`) : action),
    details(action: string, details: Record<string, unknown> | null): string | null {
      if (action === "user.role_changed" && isRole(details?.from) && isRole(details?.to)) {
        return t("details.roleChange", { from: tRoles(details.from), to: tRoles(details.to) });
      }
      if (action === "user.suspended" && details) {
        const until = typeof details.until === "string" ? new Date(details.until) : null;
        return until && !Number.isNaN(until.getTime())
          ? t("details.suspendedUntil", { date: format.dateTime(until, { dateStyle: "medium", timeStyle: "short" }) })
          : t("details.suspendedIndefinitely");
      }
      return null;
    },
  };
}
