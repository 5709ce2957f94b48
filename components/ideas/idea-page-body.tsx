import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { timeTag } from "@/components/announcements/time-tag";
import { ReportControl } from "@/components/moderation/report-control";
import { PaginationLinks } from "@/components/ui/pagination-links";
import { hrefWith } from "@/lib/http/search-params";
import { ideaPath, IDEAS_PATH } from "@/lib/ideas/paths";
import { getIdea, getIdeaSettings, listIdeaComments, loadIdeaFacts } from "@/lib/ideas/queries";
import { can, type Actor } from "@/lib/policy";
import { AnswerIdeaForm, DeleteIdeaCommentButton, IdeaCommentForm, SupportButton } from "./idea-actions-forms";
import { IdeaClock } from "./idea-clock";
import { IdeaStatusBadge } from "./idea-status-badge";

const DATE = { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Berlin" } as const;

/**
 * An idea's page for a viewer (null: a visitor, as in the cached copy): description, status and
 * clock, the official answer, supports, comments, and what the viewer may do. An idea hidden by
 * moderation is "not found" for everyone but its author and moderators.
 */
export async function IdeaPageBody({ id, viewer, commentsAfter }: { id: string; viewer: Actor | null; commentsAfter: string | null }) {
  const facts = await loadIdeaFacts(id, viewer?.id);
  if (!facts || !can(viewer, "idea.read", facts)) notFound();
  const [idea, comments, settings, t, format] = await Promise.all([
    getIdea(id),
    listIdeaComments({ ideaId: id, after: commentsAfter }),
    getIdeaSettings(),
    getTranslations("ideas.detail"),
    getFormatter(),
  ]);
  if (!idea) notFound();
  const toThreshold = Math.max(settings.supportThreshold - idea.supportCount, 0);

  return (
    <article className="flex flex-col gap-8" aria-labelledby="idea-title">
      <div className="flex flex-col gap-3">
        <p>
          <Link href={IDEAS_PATH}>{t("back")}</Link>
        </p>
        <h1 id="idea-title" className="[overflow-wrap:anywhere]">
          {idea.title}
        </h1>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <IdeaStatusBadge status={idea.status} />
          <IdeaClock thresholdReachedAt={idea.thresholdReachedAt} firstAnsweredAt={idea.firstAnsweredAt} answerDays={settings.answerDays} />
        </p>
        {idea.hidden && <p className="rounded-md border border-red-800 bg-red-50 px-3 py-2 font-medium text-red-900">{t("hiddenNotice")}</p>}
      </div>

      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t("category")}</dt>
        <dd>{idea.categoryName ?? t("none")}</dd>
        <dt className="font-medium">{t("department")}</dt>
        <dd>{idea.departmentName ?? t("none")}</dd>
        <dt className="font-medium">{t("locality")}</dt>
        <dd>{idea.localityName ?? t("none")}</dd>
        <dt className="font-medium">{t("submittedBy")}</dt>
        <dd>{t.rich("submittedByValue", { name: idea.authorName ?? t("deletedMember"), date: format.dateTime(idea.createdAt, DATE), time: timeTag(idea.createdAt) })}</dd>
        <dt className="font-medium">{t("supportsLabel")}</dt>
        <dd>
          {t("supports", { count: idea.supportCount })}
          {idea.thresholdReachedAt ? ` – ${t("thresholdReached")}` : ` – ${t("toThreshold", { count: toThreshold, threshold: settings.supportThreshold, days: settings.answerDays })}`}
        </dd>
      </dl>

      <section aria-labelledby="idea-description" className="flex flex-col gap-2">
        <h2 id="idea-description">{t("description")}</h2>
        <p className="whitespace-pre-line [overflow-wrap:anywhere]">{idea.description}</p>
      </section>

      <section aria-labelledby="idea-answer" className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="idea-answer">{t("answerTitle")}</h2>
        {idea.officialAnswer ? (
          <>
            <p className="text-sm text-slate-700">
              {t.rich("answeredBy", { name: idea.answeredByName ?? t("districtOffice"), date: format.dateTime(idea.answeredAt ?? idea.createdAt, DATE), time: timeTag(idea.answeredAt ?? idea.createdAt) })}
            </p>
            <p className="whitespace-pre-line [overflow-wrap:anywhere]">{idea.officialAnswer}</p>
          </>
        ) : (
          <p>{t("noAnswerYet")}</p>
        )}
      </section>

      {can(viewer, "idea.support", facts) && (
        <section aria-labelledby="idea-support" className="flex flex-col gap-2">
          <h2 id="idea-support">{t("supportTitle")}</h2>
          <p>{t("supportIntro")}</p>
          <SupportButton id={id} />
        </section>
      )}
      {facts.idea.supportedByActor && <p className="font-medium">{t("youSupport")}</p>}

      <ReportControl actor={viewer} targetType="idea" targetId={id} authorId={idea.authorId} />

      {can(viewer, "idea.answer", facts) && (
        <section aria-labelledby="idea-handle" className="flex flex-col gap-3 rounded-lg border border-blue-800 bg-white p-4">
          <h2 id="idea-handle">{t("handleTitle")}</h2>
          <p>{t("handleIntro")}</p>
          <AnswerIdeaForm id={id} current={idea.status} answer={idea.officialAnswer} />
        </section>
      )}

      <section aria-labelledby="idea-comments" className="flex flex-col gap-4">
        <h2 id="idea-comments">{t("commentsTitle", { count: idea.commentCount })}</h2>
        {comments.items.length === 0 && !commentsAfter ? (
          <p>{t("noComments")}</p>
        ) : (
          <ol className="flex flex-col gap-4">
            {comments.items.map((comment) => {
              const own = viewer !== null && comment.authorId === viewer.id;
              const meta = `kommentar-${comment.id}-meta`;
              return (
                <li key={comment.id} id={`kommentar-${comment.id}`} className="flex flex-col gap-2 border-l-4 border-slate-300 pl-4">
                  <p id={meta} className="text-sm text-slate-700">
                    {t.rich("commentMeta", { name: comment.authorName ?? t("deletedMember"), date: format.dateTime(comment.createdAt, DATE), time: timeTag(comment.createdAt) })}
                  </p>
                  {comment.hidden && !own ? (
                    <p className="italic">{t("commentHidden")}</p>
                  ) : (
                    <>
                      {comment.hidden && <p className="font-medium text-red-900">{t("commentHiddenOwn")}</p>}
                      <p className="whitespace-pre-line [overflow-wrap:anywhere]">{comment.body}</p>
                    </>
                  )}
                  <div className="flex flex-wrap gap-4">
                    {own && <DeleteIdeaCommentButton commentId={comment.id} describedBy={meta} />}
                    {!comment.hidden && <ReportControl actor={viewer} targetType="idea_comment" targetId={comment.id} authorId={comment.authorId} describedBy={meta} />}
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        <PaginationLinks
          label={t("commentsPagination")}
          nextHref={comments.nextCursor ? hrefWith(ideaPath(id), { kommentare: comments.nextCursor }) : null}
          nextLabel={t("commentsNext")}
          firstHref={commentsAfter ? ideaPath(id) : null}
          firstLabel={t("commentsFirst")}
        />
        {can(viewer, "idea.comment", facts) ? <IdeaCommentForm id={id} /> : !viewer && <p>{t("signInToComment")}</p>}
      </section>
    </article>
  );
}
