import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConcernClock } from "@/components/concerns/concern-clock";
import { ConcernStatusBadge } from "@/components/concerns/concern-status-badge";
import { AttachmentList } from "@/components/uploads/attachment-list";
import { FORBIDDEN_PATH } from "@/lib/auth/gate";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { CONCERN_INBOX_PATH, concernPath } from "@/lib/concerns/paths";
import { getAnswerDays, getConcern, listNotes, listReplyTemplates, loadConcernFacts } from "@/lib/concerns/queries";
import { can } from "@/lib/policy";
import { listAttachments } from "@/lib/uploads/queries";
import { ClaimButton, NoteForm } from "./handling-forms";
import { StatusForm } from "./status-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("concerns.handle"))("title") };
}

const DATE = { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" } as const;

/** Handling one concern: claim, answer publicly with a status, internal notes. */
export default async function HandleConcernPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageAccess("concern.inbox");
  const { id } = await params;
  const facts = await loadConcernFacts(id, user.id);
  if (!facts) notFound();
  // Another department's concern: staff cannot change it unless an admin let their department handle all.
  if (!can(user, "concern.handle", facts)) redirect(FORBIDDEN_PATH);
  const [concern, attachments, notes, templates, answerDays, t, format] = await Promise.all([
    getConcern(id),
    listAttachments("concern", id),
    listNotes(id),
    listReplyTemplates(facts.staff?.departmentId ?? null),
    getAnswerDays(),
    getTranslations("concerns.handle"),
    getFormatter(),
  ]);
  if (!concern) notFound();
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3">
        <p>
          <Link href={CONCERN_INBOX_PATH}>{t("back")}</Link>
        </p>
        <h1 className="[overflow-wrap:anywhere]">{concern.title}</h1>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <ConcernStatusBadge status={concern.status} />
          <ConcernClock createdAt={concern.createdAt} firstAnsweredAt={concern.firstAnsweredAt} answerDays={answerDays} />
        </p>
        <p className="text-sm text-slate-700">
          {[concern.categoryName, concern.localityName, concern.departmentName, concern.place].filter(Boolean).join(" · ")} · {t("cosigns", { count: concern.cosignCount })}
        </p>
        <p className="whitespace-pre-line [overflow-wrap:anywhere]">{concern.description}</p>
        <p>
          <Link href={concernPath(id)}>{concern.visibility === "private" ? t("privatePage") : t("publicPage")}</Link>
        </p>
      </div>

      <AttachmentList attachments={attachments} />

      <section aria-labelledby="handle-claim" className="flex flex-col gap-2">
        <h2 id="handle-claim">{t("claimTitle")}</h2>
        <p>{concern.claimedByName ? t("claimedBy", { name: concern.claimedByName }) : t("unclaimed")}</p>
        {concern.claimedById !== user.id && <ClaimButton id={id} />}
      </section>

      <section aria-labelledby="handle-status" className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="handle-status">{t("statusTitle")}</h2>
        <p>{t("statusIntro")}</p>
        <StatusForm id={id} current={concern.status} templates={templates} />
      </section>

      <section aria-labelledby="handle-notes" className="flex flex-col gap-3">
        <h2 id="handle-notes">{t("notesTitle")}</h2>
        <p>{t("notesIntro")}</p>
        {notes.length === 0 ? (
          <p>{t("noNotes")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {notes.map((note) => (
              <li key={note.id} className="border-l-4 border-amber-600 pl-4">
                <p className="text-sm text-slate-700">
                  {note.authorName ?? t("deletedMember")} · <time dateTime={note.createdAt.toISOString()}>{format.dateTime(note.createdAt, DATE)}</time>
                </p>
                <p className="whitespace-pre-line [overflow-wrap:anywhere]">{note.body}</p>
              </li>
            ))}
          </ul>
        )}
        <NoteForm id={id} />
      </section>
    </div>
  );
}
