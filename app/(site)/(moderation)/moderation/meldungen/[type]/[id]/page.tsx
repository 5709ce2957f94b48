import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { DecisionTable } from "@/components/moderation/decision-table";
import { getConductLabels } from "@/components/moderation/labels";
import { PersonName } from "@/components/moderation/person-name";
import { ReportTable } from "@/components/moderation/report-table";
import { ContentWithRecord, type RecordedText } from "@/components/moderation/content-with-record";
import { decisionKinds, moderationTargetTypes } from "@/db/schema/moderation";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { newMediationFromReportPath } from "@/lib/mediation/paths";
import { MODERATION_PATH } from "@/lib/moderation/paths";
import { getTargetReview } from "@/lib/moderation/queue/target-review";
import { loadDecisionFacts } from "@/lib/moderation/facts";
import type { TargetType } from "@/lib/moderation/targets";
import { can } from "@/lib/policy";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { ClaimPanel } from "./claim-panel";
import { DecisionForm } from "./decision-form";
import { MessageContext } from "./message-context";

type Props = { params: Promise<{ type: string; id: string }>; searchParams: Promise<SearchParams> };

const isTargetType = (value: string): value is TargetType => moderationTargetTypes.includes(value as TargetType);

/** Shared by the metadata and the page, so one request reads the review once. */
const loadReview = cache(async (type: string, id: string) => (isTargetType(type) && id.length > 0 && id.length <= 64 ? getTargetReview(type, id) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requirePageAccess("moderation.queue.read");
  const [{ type }, t] = await Promise.all([params, getTranslations("moderation.review")]);
  return { title: t("title", { type }) };
}

/** One reported target: the content in context, its reports and history, claiming it, and the decision. */
export default async function ReviewPage({ params, searchParams }: Props) {
  const actor = await requirePageAccess("moderation.queue.read");
  const [{ type, id }, query] = await Promise.all([params, searchParams]);
  const review = await loadReview(type, id);
  if (!review) notFound();
  const subject = await loadDecisionFacts(review.ref.type, review.ref.id);
  if (!subject) notFound();

  const [t, tQueue, tForm, labels] = await Promise.all([
    getTranslations("moderation.review"),
    getTranslations("moderation.queue"),
    getTranslations("moderation.decideForm"),
    getConductLabels(),
  ]);

  // Open ones first, each group oldest first.
  const reports = [...review.reports].sort((a, b) => Number(b.open) - Number(a.open) || a.createdAt.getTime() - b.createdAt.getTime());
  const openReports = reports.filter((r) => r.open);
  const isAffected = subject.target.affectedUserId === actor.id;
  // The same rule the action applies: the form offers exactly the measures the policy allows here.
  const kinds = decisionKinds.filter((kind) => can(actor, "moderation.decide", { target: subject.target, kind }));
  const limits = [
    review.target && !subject.target.hideable ? tForm("limits.notHideable") : null,
    subject.target.affectedUserId === null ? tForm("limits.noAuthor") : null,
    subject.target.affectedRole === "admin" ? tForm("limits.admin") : null,
  ].filter((text): text is string => text !== null);
  const claimedByViewer = openReports.length > 0 && openReports.every((r) => r.claimedBy?.id === actor.id);
  const justDecided = review.decisions[0] && review.decisions[0].id === firstParam(query.entschieden) ? review.decisions[0] : null;
  // What the moderator decides on: the text of the oldest open report, else the one the last decision saw.
  const firstOpen = openReports.find((r) => r.contentSnapshot !== null);
  const lastDecision = review.decisions[0];
  const recorded: RecordedText | null = firstOpen
    ? { at: "report", date: firstOpen.createdAt, text: firstOpen.contentSnapshot! }
    : lastDecision?.contentSnapshot
      ? { at: "decision", date: lastDecision.createdAt, text: lastDecision.contentSnapshot }
      : null;
  const author = review.target?.author ?? null;
  // Which reporters may take part is the mediation form's business; here only whether a case can be opened at all.
  const mayMediate = can(actor, "mediation.openFromReport", { source: { reported: reports.length > 0, authorId: author?.id ?? null, confidentialReporterIds: [] } });
  const authorName = author?.displayName ?? author?.username ?? null;

  return (
    <div className="flex flex-col gap-10">
      <div className="flex flex-col gap-3">
        <p>
          <Link href={MODERATION_PATH}>
            <span aria-hidden="true">←&nbsp;</span>
            {t("back")}
          </Link>
        </p>
        <h1>{t("title", { type: review.ref.type })}</h1>
      </div>

      {justDecided && (
        <div id="ergebnis" tabIndex={-1} className="flex flex-col gap-2 rounded-md border border-green-800 bg-green-50 px-4 py-3 text-green-950">
          <p className="font-semibold">{t("decided", { kind: labels.kind(justDecided.kind) })}</p>
          <p>{justDecided.kind === "dismiss" ? t("decidedDismissed") : t("decidedNotified")}</p>
          <p>
            <Link href={MODERATION_PATH}>{t("toQueue")}</Link>
          </p>
        </div>
      )}

      <section aria-labelledby="content" className="flex flex-col gap-3">
        <h2 id="content">{t("contentTitle")}</h2>
        <ContentWithRecord target={review.target} recorded={recorded} />
      </section>

      {review.ref.type === "message" && <MessageContext reports={reports} />}

      <section aria-labelledby="reports" className="flex flex-col gap-3">
        <h2 id="reports">{t("reportsTitle")}</h2>
        {openReports.length > 0 && (
          <ClaimPanel
            targetType={review.ref.type}
            targetId={review.ref.id}
            claimedBy={
              review.claimedBy && (
                <PersonName person={review.claimedBy} fallback={tQueue("unknownPerson")} viewerId={actor.id} youLabel={tQueue("you")} withUsername={false} />
              )
            }
            claimedByViewer={claimedByViewer}
            mayClaim={can(actor, "moderation.report.claim", { target: { affectedUserId: review.target?.author?.id ?? null } })}
          />
        )}
        {reports.length === 0 ? <p>{t("noReports")}</p> : <ReportTable reports={reports} labelledBy="reports" />}
      </section>

      <section aria-labelledby="decisions" className="flex flex-col gap-3">
        <h2 id="decisions">{t("decisionsTitle")}</h2>
        {review.decisions.length === 0 ? <p>{t("noDecisions")}</p> : <DecisionTable decisions={review.decisions} labelledBy="decisions" viewerId={actor.id} />}
      </section>

      {author && authorName && (
        <section aria-labelledby="author-history" className="flex flex-col gap-3">
          <h2 id="author-history">{t("authorHistoryTitle", { name: authorName })}</h2>
          {review.authorHistory.length === 0 ? (
            <p>{t("noDecisions")}</p>
          ) : (
            <DecisionTable decisions={review.authorHistory} labelledBy="author-history" showTarget viewerId={actor.id} />
          )}
        </section>
      )}

      {mayMediate && (
        <section aria-labelledby="mediation" className="flex flex-col gap-3">
          <h2 id="mediation">{t("mediationTitle")}</h2>
          <p>{t("mediationText")}</p>
          <p>
            <Link
              href={newMediationFromReportPath(review.ref.type, review.ref.id)}
              className="inline-block rounded-md border border-slate-400 bg-white px-4 py-2 font-medium text-slate-900 no-underline hover:bg-slate-100"
            >
              {t("openMediation")}
            </Link>
          </p>
        </section>
      )}

      <section aria-labelledby="decide" className="flex flex-col gap-3">
        <h2 id="decide">{t("decideTitle")}</h2>
        {isAffected ? (
          <p className="rounded-md border border-slate-400 bg-slate-100 px-4 py-3">{t("selfAffected")}</p>
        ) : openReports.length === 0 ? (
          <p>{t("noOpenReports")}</p>
        ) : (
          <>
            {limits.length > 0 && (
              <ul className="list-disc pl-6 text-sm text-slate-800">
                {limits.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            )}
            <DecisionForm targetType={review.ref.type} targetId={review.ref.id} kinds={kinds} />
          </>
        )}
      </section>
    </div>
  );
}
