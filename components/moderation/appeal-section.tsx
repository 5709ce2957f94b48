import { useFormatter, useTranslations } from "next-intl";
import type { Statement } from "@/lib/moderation/decisions/statement";
import { appealDeadline } from "@/lib/policy";
import { AppealPanel } from "./appeal-panel";

/**
 * "Widerspruch" under a statement of reasons: the form while the affected person may still appeal
 * (with the deadline and who decides), otherwise the appeal's state and outcome, or why there is
 * nothing (more) to appeal.
 */
export function AppealSection({
  statement,
  canAppeal,
  viewerIsAffected,
  now = new Date(),
}: {
  statement: Statement;
  /** The policy's answer to "moderation.appeal.submit" for this viewer and decision. */
  canAppeal: boolean;
  viewerIsAffected: boolean;
  now?: Date;
}) {
  const t = useTranslations("reports.appeal");
  const format = useFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeStyle: "short" });
  const deadline = appealDeadline(statement.createdAt);

  let state = null;
  if (canAppeal) {
    // The form says it all.
  } else if (statement.appeal) {
    state = <AppealState appeal={statement.appeal} viewerIsAffected={viewerIsAffected} />;
  } else if (statement.kind === "dismiss") {
    state = <p>{t("notNeededDismissed")}</p>;
  } else if (statement.reversedAt) {
    state = <p>{t("notNeededReversed")}</p>;
  } else if (now >= deadline) {
    state = <p>{t("deadlinePassed", { deadline: date(deadline) })}</p>;
  } else if (viewerIsAffected) {
    state = <p>{t("notPossible")}</p>;
  } else {
    state = <p>{t("onlyAffected", { deadline: date(deadline) })}</p>;
  }

  return (
    <section aria-labelledby="widerspruch" className="flex flex-col gap-3">
      <h2 id="widerspruch">{t("title")}</h2>
      {canAppeal && (
        <>
          <p>{t("deadline", { deadline: date(deadline) })}</p>
          <p>{t("otherModerator")}</p>
        </>
      )}
      {/* One client component in both states, so its confirmation outlives the form it replaces. */}
      <AppealPanel decisionId={statement.id} canAppeal={canAppeal}>
        {state}
      </AppealPanel>
    </section>
  );
}

function AppealState({ appeal, viewerIsAffected }: { appeal: NonNullable<Statement["appeal"]>; viewerIsAffected: boolean }) {
  const t = useTranslations("reports.appeal");
  const tOutcomes = useTranslations("conduct.appealOutcomes");
  const format = useFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeStyle: "short" });
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-[12rem_1fr]">
      <dt className="font-semibold">{t("filedAt")}</dt>
      <dd>{date(appeal.createdAt)}</dd>
      <dt className="font-semibold">{viewerIsAffected ? t("yourStatement") : t("appellantStatement")}</dt>
      <dd className="whitespace-pre-wrap [overflow-wrap:anywhere]">{appeal.statement}</dd>
      <dt className="font-semibold">{t("state")}</dt>
      <dd className="font-medium">{appeal.status === "open" ? t("open") : tOutcomes(appeal.status)}</dd>
      {appeal.decidedAt && (
        <>
          <dt className="font-semibold">{t("decidedAt")}</dt>
          <dd>{date(appeal.decidedAt)}</dd>
        </>
      )}
      {appeal.outcomeNote && (
        <>
          <dt className="font-semibold">{t("outcomeNote")}</dt>
          <dd className="whitespace-pre-wrap [overflow-wrap:anywhere]">{appeal.outcomeNote}</dd>
        </>
      )}
    </dl>
  );
}
