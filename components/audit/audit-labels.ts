import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { decisionKinds, reportReasons } from "@/db/schema/moderation";
import { AUDIT_ACTIONS } from "@/lib/audit/queries";
import { isRuleOfConduct } from "@/lib/moderation/rules-of-conduct";
import type { Role } from "@/lib/policy";
import { changeRoleSchema } from "@/lib/users/schemas";
import { codeReference } from "@/lib/verification/codes";
import { getDistrictAuditLabels } from "./district-audit-labels";

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const isAuditAction = (value: string | undefined): value is AuditAction => AUDIT_ACTIONS.includes(value as AuditAction);

const isRole = (value: unknown): value is Role => changeRoleSchema.shape.role.options.includes(value as Role);
const isReason = (value: unknown): value is (typeof reportReasons)[number] => reportReasons.includes(value as (typeof reportReasons)[number]);
const isKind = (value: unknown): value is (typeof decisionKinds)[number] => decisionKinds.includes(value as (typeof decisionKinds)[number]);

const DATE_TIME = { dateStyle: "medium", timeStyle: "short" } as const;

/** Localised names of audit actions and a one-line summary of an entry's details. */
export async function getAuditLabels() {
  const [t, tRoles, tConduct, tModeration, format, district] = await Promise.all([
    getTranslations("admin.audit"),
    getTranslations("common.roles"),
    getTranslations("conduct"),
    getTranslations("moderation.audit"),
    getFormatter(),
    getDistrictAuditLabels(),
  ]);
  const date = (value: unknown) => {
    const parsed = typeof value === "string" ? new Date(value) : null;
    return parsed && !Number.isNaN(parsed.getTime()) ? format.dateTime(parsed, DATE_TIME) : null;
  };

  /** Moderation and mediation entries: the reason of a report, the measure and its rule, a case's title. */
  function moderationDetails(action: string, details: Record<string, unknown>): string | null {
    switch (action) {
      case "moderation.report_filed":
        return isReason(details.reason) ? tModeration("details.reason", { reason: tConduct(`reasons.${details.reason}`) }) : null;
      case "moderation.claimed":
        return typeof details.reports === "number" ? tModeration("details.reports", { count: details.reports }) : null;
      case "moderation.decided": {
        if (!isKind(details.kind)) return null;
        const parts = [tConduct(`kinds.${details.kind}`)];
        if (details.kind === "suspend") {
          const until = date(details.until);
          parts.push(until ? tModeration("details.until", { date: until }) : tModeration("details.indefinite"));
        }
        if (typeof details.rule === "string") {
          parts.push(tModeration("details.rule", { rule: isRuleOfConduct(details.rule) ? tConduct(`rules.${details.rule}`) : details.rule }));
        }
        if (typeof details.reports === "number") parts.push(tModeration("details.reports", { count: details.reports }));
        return parts.join(" · ");
      }
      case "moderation.appeal_filed":
      case "moderation.appeal_upheld":
      case "moderation.appeal_reversed":
        return isKind(details.kind) ? tModeration("details.appealedKind", { kind: tConduct(`kinds.${details.kind}`) }) : null;
      case "mediation.opened":
      case "mediation.closed": {
        if (typeof details.title !== "string") return null;
        const title = tModeration("details.title", { title: details.title });
        return typeof details.parties === "number" ? `${title} · ${tModeration("details.parties", { count: details.parties })}` : title;
      }
      default:
        return null;
    }
  }

  return {
    /** Unknown actions (recorded by a newer version) show as they are stored. */
    action: (action: string) => (isAuditAction(action) ? t(`actions.${action}`) : action),
    details(action: string, details: Record<string, unknown> | null): string | null {
      const districtDetails = district.details(action, details);
      if (districtDetails) return districtDetails;
      if (details && (action.startsWith("moderation.") || action.startsWith("mediation."))) return moderationDetails(action, details);
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
      if ((action.startsWith("announcement.") || action.startsWith("concern.") || action.startsWith("idea.")) && typeof details?.title === "string") {
        return t("details.announcementTitle", { title: details.title });
      }
      if (action === "user.suspended" && details) {
        const until = date(details.until);
        return until ? t("details.suspendedUntil", { date: until }) : t("details.suspendedIndefinitely");
      }
      return null;
    },
    /** Targets that are not accounts: a code or a letter run by the reference printed on the letter; reported content; a mediation case. */
    target(targetType: string, targetId: string | null): string | null {
      const districtTarget = district.target(targetType, targetId);
      if (districtTarget) return districtTarget;
      if (!targetId) return null;
      if (targetType === "announcement") return t("targets.announcement");
      if (targetType === "concern") return t("targets.concern");
      if (targetType === "idea") return t("targets.idea");
      if (targetType === "idea_comment") return t("targets.ideaComment");
      if (targetType === "comment" || targetType === "user" || targetType === "mediation" || targetType === "decision") {
        return tModeration(`targets.${targetType}`);
      }
      const reference = codeReference(targetId);
      if (targetType === "verification_code") return t("targets.code", { reference });
      if (targetType === "verification_batch") return t("targets.batch", { reference });
      return null;
    },
  };
}

export type AuditLabels = Awaited<ReturnType<typeof getAuditLabels>>;
