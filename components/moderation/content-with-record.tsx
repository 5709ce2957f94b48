import { getTranslations } from "next-intl/server";
import type { ModerationTarget } from "@/lib/moderation/targets";
import { getConductLabels } from "./labels";
import { TargetContent } from "./target-content";

export interface RecordedText {
  /** When it was recorded: the report that came in, or the decision taken. */
  at: "report" | "decision";
  date: Date;
  text: string;
}

/**
 * The content as moderators must judge it: the version that was reported (or decided on) when the
 * content has changed or vanished since, clearly marked, and then the current state. When nothing
 * changed, only the content itself.
 */
export async function ContentWithRecord({ target, recorded }: { target: ModerationTarget | null; recorded: RecordedText | null }) {
  const changed = recorded !== null && (target === null || target.text !== recorded.text);
  if (!changed) return <TargetContent target={target} />;

  const [t, labels] = await Promise.all([getTranslations("moderation.review"), getConductLabels()]);
  const atReport = recorded.at === "report";
  const note = target ? (atReport ? t("editedSinceReport") : t("editedSinceDecision")) : atReport ? t("goneSinceReport") : t("goneSinceDecision");
  const date = labels.dateTime(recorded.date);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-3 rounded-lg border-2 border-amber-700 bg-amber-50 p-4 text-amber-950">
        <h3 className="text-lg font-semibold">{atReport ? t("recordedAtReport", { date }) : t("recordedAtDecision", { date })}</h3>
        <p>{note}</p>
        <blockquote className="border-l-4 border-amber-700 bg-white px-3 py-2 whitespace-pre-wrap text-slate-900 [overflow-wrap:anywhere]">{recorded.text}</blockquote>
      </div>
      {target && <h3 className="text-lg font-semibold">{t("currentVersion")}</h3>}
      <TargetContent target={target} />
    </div>
  );
}
