import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { isRuleOfConduct } from "@/lib/moderation/rules-of-conduct";
import type { DecisionKind, ReportReason } from "@/lib/moderation/types";
import type { TargetType } from "@/lib/moderation/targets";

const DATE_TIME = { dateStyle: "medium", timeStyle: "short" } as const;

/** The moderation vocabulary (conduct.*) as labels, and the one date format of the moderation pages. */
export async function getConductLabels() {
  const [t, format] = await Promise.all([getTranslations("conduct"), getFormatter()]);
  return {
    dateTime: (date: Date) => format.dateTime(date, DATE_TIME),
    targetType: (type: TargetType) => t(`targetTypes.${type}`),
    reason: (reason: ReportReason) => t(`reasons.${reason}`),
    kind: (kind: DecisionKind) => t(`kinds.${kind}`),
    /** A rule key stored with a decision; one this version does not know shows as stored. */
    rule: (key: string | null) => (key === null ? null : isRuleOfConduct(key) ? t(`rules.${key}`) : key),
    appealOutcome: (outcome: "upheld" | "reversed") => t(`appealOutcomes.${outcome}`),
  };
}

export type ConductLabels = Awaited<ReturnType<typeof getConductLabels>>;

/** The first words of a text, on one line, for lists. */
export function excerpt(text: string, max = 140): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}
