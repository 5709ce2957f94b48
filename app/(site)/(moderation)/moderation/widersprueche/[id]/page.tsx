import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { getConductLabels } from "@/components/moderation/labels";
import { PersonName } from "@/components/moderation/person-name";
import { ReportTable } from "@/components/moderation/report-table";
import { ContentWithRecord } from "@/components/moderation/content-with-record";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { MODERATION_APPEALS_PATH, moderationTargetPath } from "@/lib/moderation/paths";
import { getAppealReview } from "@/lib/moderation/appeals/appeal-review";
import { can } from "@/lib/policy";
import { AppealForm } from "./appeal-form";

type Props = { params: Promise<{ id: string }> };

const loadAppeal = cache(async (id: string) => (id.length > 0 && id.length <= 64 ? getAppealReview(id) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requirePageAccess("moderation.queue.read");
  const [{ id }, t] = await Promise.all([params, getTranslations("moderation.appealReview")]);
  const appeal = await loadAppeal(id);
  const tAppeals = await getTranslations("moderation.appeals");
  return appeal ? { title: t("title", { name: appeal.appellant?.displayName ?? appeal.appellant?.username ?? tAppeals("unknownAppellant") }) } : {};
}

/** One appeal: the decision under appeal, the content, the appellant's statement, and the decision on it. */
export default async function AppealReviewPage({ params }: Props) {
  const actor = await requirePageAccess("moderation.queue.read");
  const { id } = await params;
  const appeal = await loadAppeal(id);
  if (!appeal) notFound();

  const [t, tAppeals, tQueue, tDecisions, labels] = await Promise.all([
    getTranslations("moderation.appealReview"),
    getTranslations("moderation.appeals"),
    getTranslations("moderation.queue"),
    getTranslations("moderation.decisions"),
    getConductLabels(),
  ]);
  const { decision } = appeal;
  const open = appeal.status === "open";
  const mayDecide = can(actor, "moderation.appeal.decide", { appeal: { open, decidedById: decision.moderator?.id ?? null } });
  const ownDecision = decision.moderator?.id === actor.id;
  const appellantName = appeal.appellant?.displayName ?? appeal.appellant?.username ?? tAppeals("unknownAppellant");
  const rule = labels.rule(decision.ruleKey);
  const person = (p: typeof decision.moderator) => (
    <PersonName person={p} fallback={tDecisions("unknownModerator")} viewerId={actor.id} youLabel={tQueue("you")} withUsername={false} />
  );

  return (
    <div className="flex flex-col gap-10">
      <div className="flex flex-col gap-3">
        <p>
          <Link href={MODERATION_APPEALS_PATH}>
            <span aria-hidden="true">←&nbsp;</span>
            {t("back")}
          </Link>
        </p>
        <h1>{t("title", { name: appellantName })}</h1>
      </div>

      <section aria-labelledby="decision" className="flex flex-col gap-3">
        <h2 id="decision">{t("decisionTitle")}</h2>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">{t("kind")}</dt>
          <dd className="mb-2 sm:mb-0">{labels.kind(decision.kind)}</dd>
          {decision.kind === "suspend" && (
            <>
              <dt className="font-medium">{t("until")}</dt>
              <dd className="mb-2 sm:mb-0">{decision.suspendedUntil ? labels.dateTime(decision.suspendedUntil) : t("indefinite")}</dd>
            </>
          )}
          {rule && (
            <>
              <dt className="font-medium">{t("rule")}</dt>
              <dd className="mb-2 sm:mb-0">{rule}</dd>
            </>
          )}
          <dt className="font-medium">{t("facts")}</dt>
          <dd className="mb-2 whitespace-pre-wrap [overflow-wrap:anywhere] sm:mb-0">{decision.facts}</dd>
          <dt className="font-medium">{t("decidedAt")}</dt>
          <dd className="mb-2 sm:mb-0">
            <time dateTime={decision.createdAt.toISOString()}>{labels.dateTime(decision.createdAt)}</time>
          </dd>
          <dt className="font-medium">{t("decidedBy")}</dt>
          <dd className="mb-2 sm:mb-0">{person(decision.moderator)}</dd>
          <dt className="font-medium">{t("target")}</dt>
          <dd>{labels.targetType(decision.targetType)}</dd>
        </dl>
      </section>

      <section aria-labelledby="content" className="flex flex-col gap-3">
        <h2 id="content">{t("contentTitle")}</h2>
        <ContentWithRecord
          target={appeal.target}
          recorded={decision.contentSnapshot === null ? null : { at: "decision", date: decision.createdAt, text: decision.contentSnapshot }}
        />
        <p>
          <Link href={moderationTargetPath(decision.targetType, decision.targetId)}>{t("openTarget")}</Link>
        </p>
      </section>

      <section aria-labelledby="reports" className="flex flex-col gap-3">
        <h2 id="reports">{t("reportsTitle")}</h2>
        {appeal.reports.length === 0 ? <p>{t("noReports")}</p> : <ReportTable reports={appeal.reports} labelledBy="reports" showStatus={false} />}
      </section>

      <section aria-labelledby="statement" className="flex flex-col gap-3">
        <h2 id="statement">{t("statementTitle")}</h2>
        <div className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-4">
          <p className="text-sm text-slate-800">
            {t("filedBy", { name: appellantName, date: labels.dateTime(appeal.createdAt) })}
          </p>
          <blockquote className="border-l-4 border-slate-400 pl-3 whitespace-pre-wrap [overflow-wrap:anywhere]">{appeal.statement}</blockquote>
        </div>
      </section>

      {open ? (
        <section aria-labelledby="decide" className="flex flex-col gap-3">
          <h2 id="decide">{t("decideTitle")}</h2>
          {mayDecide ? (
            <AppealForm appealId={appeal.id} />
          ) : ownDecision ? (
            <p className="rounded-md border border-slate-400 bg-slate-100 px-4 py-3">{t("ownDecision")}</p>
          ) : null}
        </section>
      ) : (
        <section id="ergebnis" tabIndex={-1} aria-labelledby="outcome" className="flex flex-col gap-3">
          <h2 id="outcome">{t("outcomeTitle")}</h2>
          <div className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-4">
            <p className="font-semibold">{labels.appealOutcome(appeal.status === "reversed" ? "reversed" : "upheld")}</p>
            {appeal.decidedAt && (
              <p className="text-sm text-slate-800">
                {t("decidedByOn", {
                  name: appeal.decider?.displayName ?? appeal.decider?.username ?? tDecisions("unknownModerator"),
                  date: labels.dateTime(appeal.decidedAt),
                })}
              </p>
            )}
            {appeal.outcomeNote && (
              <>
                <p className="font-medium">{t("note")}</p>
                <p className="whitespace-pre-wrap [overflow-wrap:anywhere]">{appeal.outcomeNote}</p>
              </>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
