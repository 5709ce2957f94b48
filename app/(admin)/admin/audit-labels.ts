import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { AUDIT_ACTIONS } from "@/lib/audit/queries";
import type { Role } from "@/lib/policy";
import { changeRoleSchema } from "@/lib/users/schemas";
import { codeReference } from "@/lib/verification/codes";
import { getDistrictAuditLabels } from "./district-audit-labels";

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const isAuditAction = (value: string | undefined): value is AuditAction => AUDIT_ACTIONS.includes(value as AuditAction);

const isRole = (value: unknown): value is Role => changeRoleSchema.shape.role.options.includes(value as Role);

/** Localised names of audit actions and a one-line summary of an entry's details. */
export async function getAuditLabels() {
  const [t, tRoles, format, district] = await Promise.all([
    getTranslations("admin.audit"),
    getTranslations("common.roles"),
    getFormatter(),
    getDistrictAuditLabels(),
  ]);
  return {
    /** Unknown actions (recorded by a newer version) show as they are stored. */
    action: (action: string) => (isAuditAction(action) ? t(`actions.${action}`) : action),
    details(action: string, details: Record<string, unknown> | null): string | null {
      const districtDetails = district.details(action, details);
      if (districtDetails) return districtDetails;
      if (action === "user.role_changed" && isRole(details?.from) && isRole(details?.to)) {
        const change = t("details.roleChange", { from: tRoles(details.from), to: tRoles(details.to) });
        return details.cause === "email_domain_not_official" ? `${change} – ${t("details.notOfficialDomain")}` : change;
      }
      if (action === "user.email_changed" && typeof details?.fromDomain === "string" && typeof details.toDomain === "string") {
        return t("details.emailDomains", { from: details.fromDomain, to: details.toDomain });
      }
      if (action === "verification.code_issued" && typeof details?.count === "number") {
        return t("details.codeCount", { count: details.count });
      }
      if (action === "verification.code_redeemed" && typeof details?.code === "string") {
        return t("details.codeReference", { reference: details.code });
      }
      if (action.startsWith("announcement.") && typeof details?.title === "string") {
        return t("details.announcementTitle", { title: details.title });
      }
      if (action === "user.suspended" && details) {
        const until = typeof details.until === "string" ? new Date(details.until) : null;
        return until && !Number.isNaN(until.getTime())
          ? t("details.suspendedUntil", { date: format.dateTime(until, { dateStyle: "medium", timeStyle: "short" }) })
          : t("details.suspendedIndefinitely");
      }
      return null;
    },
    /** Targets that are not accounts: a code or a letter run, by the reference printed on the letter. */
    target(targetType: string, targetId: string | null): string | null {
      const districtTarget = district.target(targetType, targetId);
      if (districtTarget) return districtTarget;
      if (!targetId) return null;
      if (targetType === "announcement") return t("targets.announcement");
      const reference = codeReference(targetId);
      if (targetType === "verification_code") return t("targets.code", { reference });
      if (targetType === "verification_batch") return t("targets.batch", { reference });
      return null;
    },
  };
}
