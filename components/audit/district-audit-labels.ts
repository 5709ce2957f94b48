import "server-only";
import { getTranslations } from "next-intl/server";

const SETTINGS_FIELDS = ["platformName", "districtName", "operatorContact", "verificationCodeValidityDays"] as const;
type SettingsField = (typeof SETTINGS_FIELDS)[number];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const oneLine = (value: unknown) => String(value ?? "").replaceAll("\n", " ");

/** Summaries of the district-configuration entries in the audit log (settings, lists, domains, terms). */
export async function getDistrictAuditLabels() {
  const t = await getTranslations("district.audit");
  return {
    details(action: string, details: Record<string, unknown> | null): string | null {
      if (!details) return null;
      if (action === "district.settings_changed" && isRecord(details.before) && isRecord(details.after)) {
        const { before, after } = details;
        return SETTINGS_FIELDS.filter((field) => field in after)
          .map((field: SettingsField) =>
            // The address block is too long for a table cell; its old and new text stay in the entry's details.
            field === "operatorContact"
              ? t("changedField", { field: t(`fields.${field}`) })
              : t("change", { field: t(`fields.${field}`), from: String(before[field]), to: String(after[field]) }),
          )
          .join("; ");
      }
      if (action === "terms.published" && typeof details.version === "number") {
        return t("termsPublished", { version: details.version, summary: oneLine(details.changeSummary) });
      }
      if (!action.startsWith("district.")) return null;
      if (action.endsWith("_renamed") && typeof details.from === "string" && typeof details.to === "string") {
        return t("renamed", { from: details.from, to: details.to });
      }
      if (action.endsWith("_moved") && typeof details.name === "string" && typeof details.position === "number") {
        return t(details.direction === "up" ? "movedUp" : "movedDown", { name: details.name, position: details.position });
      }
      // A domain is named in the "affected" column already.
      if (typeof details.name === "string") return t("name", { name: details.name });
      return null;
    },
    target(targetType: string, targetId: string | null): string | null {
      switch (targetType) {
        case "locality":
        case "topic":
        case "department":
        case "district_settings":
          return t(`targets.${targetType}`);
        case "official_domain":
          return t("targets.official_domain", { domain: targetId ?? "" });
        case "terms_version":
          return t("targets.terms_version", { version: targetId ?? "" });
        default:
          return null;
      }
    },
  };
}
