import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { moderationTargetPath } from "@/lib/moderation/paths";
import type { DecisionSummary } from "@/lib/moderation/decisions/list-decisions";
import { getConductLabels } from "./labels";
import { PersonName } from "./person-name";

/** Earlier decisions (on a target, or about a person): what, which rule, the facts, who, and where they stand now. */
export async function DecisionTable({
  decisions,
  labelledBy,
  showTarget = false,
  viewerId,
}: {
  decisions: DecisionSummary[];
  labelledBy: string;
  /** For a person's history: which content each decision was about, linked to its review. */
  showTarget?: boolean;
  viewerId: string;
}) {
  const [t, tQueue, labels] = await Promise.all([getTranslations("moderation.decisions"), getTranslations("moderation.queue"), getConductLabels()]);
  const columns = [
    t("columns.date"),
    ...(showTarget ? [t("columns.target")] : []),
    t("columns.kind"),
    t("columns.rule"),
    t("columns.facts"),
    t("columns.moderator"),
    t("columns.state"),
  ];
  const state = (d: DecisionSummary) => {
    if (d.reversedAt) return t("reversedAt", { date: labels.dateTime(d.reversedAt) });
    if (d.appealStatus === "open") return t("appealOpen");
    if (d.appealStatus === "upheld") return t("upheld");
    return d.kind === "dismiss" ? "–" : t("inForce");
  };
  return (
    <DataTable labelledBy={labelledBy} columns={columns}>
      {decisions.map((d) => (
        <tr key={d.id} className="border-t border-slate-200 align-top">
          <td className="px-3 py-2 whitespace-nowrap">
            <time dateTime={d.createdAt.toISOString()}>{labels.dateTime(d.createdAt)}</time>
          </td>
          {showTarget && (
            <td className="px-3 py-2">
              <Link href={moderationTargetPath(d.targetType, d.targetId)}>{labels.targetType(d.targetType)}</Link>
            </td>
          )}
          <td className="px-3 py-2">
            {labels.kind(d.kind)}
            {d.kind === "suspend" && (
              <> ({d.suspendedUntil ? t("until", { date: labels.dateTime(d.suspendedUntil) }) : t("indefinite")})</>
            )}
          </td>
          <td className="min-w-48 px-3 py-2">{labels.rule(d.ruleKey) ?? t("noRule")}</td>
          <td className="min-w-64 px-3 py-2 whitespace-pre-wrap [overflow-wrap:anywhere]">{d.facts}</td>
          <td className="px-3 py-2">
            <PersonName person={d.moderator} fallback={t("unknownModerator")} viewerId={viewerId} youLabel={tQueue("you")} withUsername={false} />
          </td>
          <td className="px-3 py-2">{state(d)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
