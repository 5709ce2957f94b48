import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { timeTag } from "@/components/announcements/time-tag";
import { ReportControl } from "@/components/moderation/report-control";
import { AttachmentList } from "@/components/uploads/attachment-list";
import { AttachmentManager } from "@/components/uploads/attachment-manager";
import { concernInboxItemPath, CONCERNS_PATH } from "@/lib/concerns/paths";
import { getAnswerDays, getConcern, loadConcernFacts } from "@/lib/concerns/queries";
import { can, type Actor } from "@/lib/policy";
import { listAttachments } from "@/lib/uploads/queries";
import { AuthorUpdateForm, CosignButton, ReopenForm } from "./concern-actions-forms";
import { ConcernClock } from "./concern-clock";
import { ConcernStatusBadge } from "./concern-status-badge";

const DATE = { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Berlin" } as const;

/**
 * A concern's page for a viewer (null: a visitor): description, status and clock, the public
 * history, and what the viewer may do. A private concern exists only for its author and the
 * responsible staff; for everyone else it is "not found".
 */
export async function ConcernPageBody({ id, viewer }: { id: string; viewer: Actor | null }) {
  const facts = await loadConcernFacts(id, viewer?.id);
  if (!facts || !can(viewer, "concern.read", facts)) notFound();
  const [concern, attachments, answerDays, t, tStatus, format] = await Promise.all([
    getConcern(id),
    listAttachments("concern", id),
    getAnswerDays(),
    getTranslations("concerns.detail"),
    getTranslations("concerns.status"),
    getFormatter(),
  ]);
  if (!concern) notFound();
  const isAuthor = viewer !== null && concern.authorId === viewer.id;

  return (
    <article className="flex flex-col gap-8" aria-labelledby="concern-title">
      <div className="flex flex-col gap-3">
        <p>
          <Link href={CONCERNS_PATH}>{t("back")}</Link>
        </p>
        <h1 id="concern-title" className="[overflow-wrap:anywhere]">
          {concern.title}
        </h1>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <ConcernStatusBadge status={concern.status} />
          <ConcernClock createdAt={concern.createdAt} firstAnsweredAt={concern.firstAnsweredAt} answerDays={answerDays} />
        </p>
        {concern.visibility === "private" && <p className="font-medium">{t("privateNotice")}</p>}
        {facts.concern.hidden && <p className="rounded-md border border-red-800 bg-red-50 px-3 py-2 font-medium text-red-900">{t("hiddenNotice")}</p>}
      </div>

      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t("category")}</dt>
        <dd>{concern.categoryName ?? t("none")}</dd>
        <dt className="font-medium">{t("department")}</dt>
        <dd>{concern.departmentName ?? t("none")}</dd>
        <dt className="font-medium">{t("locality")}</dt>
        <dd>{concern.localityName ?? t("none")}</dd>
        {concern.place && (
          <>
            <dt className="font-medium">{t("place")}</dt>
            <dd className="[overflow-wrap:anywhere]">{concern.place}</dd>
          </>
        )}
        <dt className="font-medium">{t("filedBy")}</dt>
        <dd>{t.rich("filedByValue", { name: concern.authorName ?? t("deletedMember"), date: format.dateTime(concern.createdAt, DATE), time: timeTag(concern.createdAt) })}</dd>
        <dt className="font-medium">{t("cosignsLabel")}</dt>
        <dd>{t("cosigns", { count: concern.cosignCount })}</dd>
      </dl>

      <section aria-labelledby="concern-description" className="flex flex-col gap-2">
        <h2 id="concern-description">{t("description")}</h2>
        <p className="whitespace-pre-line [overflow-wrap:anywhere]">{concern.description}</p>
      </section>

      {can(viewer, "concern.attach", facts) ? (
        <AttachmentManager
          ownerType="concern"
          ownerId={id}
          attachments={attachments}
          intro={t(concern.visibility === "private" ? "photosIntroPrivate" : "photosIntroPublic")}
        />
      ) : (
        <AttachmentList attachments={attachments} />
      )}

      {concern.status === "forwarded" && concern.forwardedTo && (
        <section aria-labelledby="concern-forwarded" className="flex flex-col gap-2 rounded-lg border border-purple-800 bg-white p-4">
          <h2 id="concern-forwarded">{t("forwardedTitle")}</h2>
          <p className="whitespace-pre-line [overflow-wrap:anywhere]">{concern.forwardedTo}</p>
        </section>
      )}

      <section aria-labelledby="concern-history" className="flex flex-col gap-3">
        <h2 id="concern-history">{t("history")}</h2>
        {concern.events.length === 0 ? (
          <p>{t("noAnswerYet")}</p>
        ) : (
          <ol className="flex flex-col gap-4">
            {concern.events.map((event) => (
              <li key={event.id} className="flex flex-col gap-1 border-l-4 border-slate-300 pl-4">
                <p className="text-sm text-slate-700">
                  {t.rich(`event.${event.kind}`, {
                    status: tStatus(event.status),
                    name: event.actorName ?? t("deletedMember"),
                    date: format.dateTime(event.createdAt, DATE),
                    time: timeTag(event.createdAt),
                  })}
                </p>
                <p className="whitespace-pre-line [overflow-wrap:anywhere]">{event.body}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      {can(viewer, "concern.cosign", facts) && (
        <section aria-labelledby="concern-cosign" className="flex flex-col gap-2">
          <h2 id="concern-cosign">{t("cosignTitle")}</h2>
          <p>{t("cosignIntro")}</p>
          <CosignButton id={id} />
        </section>
      )}
      {facts.concern.cosignedByActor && <p className="font-medium">{t("youCosigned")}</p>}

      {isAuthor && can(viewer, "concern.reopen", facts) && (
        <section aria-labelledby="concern-reopen" className="flex flex-col gap-2 rounded-lg border border-green-800 bg-white p-4">
          <h2 id="concern-reopen">{t("reopenTitle")}</h2>
          <p>{t("reopenIntro")}</p>
          <ReopenForm id={id} />
        </section>
      )}
      {isAuthor && can(viewer, "concern.postUpdate", facts) && (
        <section aria-labelledby="concern-update" className="flex flex-col gap-2">
          <h2 id="concern-update">{t("updateTitle")}</h2>
          <AuthorUpdateForm id={id} />
        </section>
      )}
      {concern.visibility === "public" && <ReportControl actor={viewer} targetType="concern" targetId={id} authorId={concern.authorId} />}
      {can(viewer, "concern.handle", facts) && (
        <p>
          <Link href={concernInboxItemPath(id)}>{t("handleLink")}</Link>
        </p>
      )}
    </article>
  );
}
