import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { LinkifiedText } from "@/components/linkified-text";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getSessionUser } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { loadConversationFacts } from "@/lib/messages/facts";
import { conversationPagePath, conversationPath, MESSAGES_PATH } from "@/lib/messages/paths";
import { blockedByViewer, getConversation, listMessages, type ConversationDetail } from "@/lib/messages/queries";
import { decodeCursor, encodeCursor } from "@/lib/pagination";
import { can, type MaybeActor } from "@/lib/policy";
import { MarkRead } from "./mark-read";
import { BlockButton, LeaveButton } from "./person-actions";
import { ReplyForm } from "./reply-form";
import { ReportMessage } from "./report-message";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The conversation if the actor is in it ("message.read"); for anyone else it does not exist — not for admins or moderators either. */
const loadReadable = cache(async (id: string, actor: MaybeActor) => {
  if (!actor || !UUID.test(id)) return null;
  const facts = await loadConversationFacts(id, actor.id);
  if (!facts || !can(actor, "message.read", facts)) return null;
  const conversation = await getConversation(id, actor.id);
  return conversation && { facts, conversation };
});

const titleOf = (c: ConversationDetail, deleted: string) => (c.isGroup ? (c.title ?? "") : c.others.map((o) => o.displayName ?? deleted).join(", ") || deleted);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, actor, t] = await Promise.all([params, getSessionUser(), getTranslations("messages")]);
  const loaded = await loadReadable(id, actor);
  return loaded ? { title: t("conversation.metaTitle", { title: titleOf(loaded.conversation, t("deletedMember")) }) } : {};
}

/** One conversation: its members, the history (newest page last on screen), the reply form, report, block and leave. */
export default async function ConversationPage({ params, searchParams }: Props) {
  const actor = await requirePageAccess("message.compose");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const loaded = await loadReadable(id, actor);
  if (!loaded) notFound();
  const { facts, conversation } = loaded;
  const cursor = decodeCursor(firstParam(query.vor));
  const [t, format, history, blocked] = await Promise.all([
    getTranslations("messages"),
    getFormatter(),
    listMessages(id, { cursor }),
    blockedByViewer(
      actor.id,
      conversation.others.flatMap((o) => (o.displayName ? [o.id] : [])),
    ),
  ]);
  const deleted = t("deletedMember");
  const title = titleOf(conversation, deleted);
  const shown = [...history.items].reverse();
  const newest = history.items[0];
  const maySend = can(actor, "message.send", facts);
  return (
    <div className="flex max-w-3xl flex-col gap-8">
      <div className="flex flex-col gap-3">
        <p>
          <Link href={MESSAGES_PATH}>
            <span aria-hidden="true">←&nbsp;</span>
            {t("conversation.back")}
          </Link>
        </p>
        <h1 className="[overflow-wrap:anywhere]">{title}</h1>
        {conversation.isGroup && <p>{t("conversation.members", { names: conversation.others.map((o) => o.displayName ?? deleted).join(", ") })}</p>}
        <p className="text-sm text-slate-800">{t("conversation.privacy")}</p>
      </div>

      <section aria-labelledby="verlauf" className="flex flex-col gap-3">
        <h2 id="verlauf">{t("conversation.history")}</h2>
        {history.next && (
          <p>
            <Link href={conversationPagePath(id, encodeCursor(history.next))}>{t("conversation.older")}</Link>
          </p>
        )}
        {cursor && (
          <p>
            <Link href={conversationPath(id)}>{t("conversation.newest")}</Link>
          </p>
        )}
        {shown.length === 0 ? (
          <p>{t("conversation.empty")}</p>
        ) : (
          <ol className="flex flex-col gap-3">
            {shown.map((m) => {
              const mine = m.senderId === actor.id;
              const sender = mine ? t("conversation.you") : (m.senderName ?? deleted);
              return (
                <li key={m.id} className={`flex flex-col gap-2 rounded-lg border p-4 ${mine ? "border-blue-300 bg-blue-50 sm:ml-12" : "border-slate-300 bg-white sm:mr-12"}`}>
                  <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-800">
                    <span className="font-semibold text-slate-900">{sender}</span>
                    <span aria-hidden="true">·</span>
                    <time dateTime={m.createdAt.toISOString()}>{format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                  </p>
                  {m.body === null ? (
                    <p className="italic text-slate-800">{t("removedByModeration")}</p>
                  ) : (
                    <p className="whitespace-pre-wrap [overflow-wrap:anywhere]">
                      <LinkifiedText text={m.body} />
                    </p>
                  )}
                  {m.body !== null && can(actor, "message.report", { conversation: facts.conversation, message: { senderId: m.senderId } }) && (
                    <ReportMessage messageId={m.id} senderName={m.senderName ?? deleted} />
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section aria-labelledby="antworten" className="flex flex-col gap-3">
        <h2 id="antworten">{t("conversation.replyTitle")}</h2>
        {maySend ? <ReplyForm conversationId={id} /> : <p>{t("conversation.closed")}</p>}
      </section>

      <section aria-labelledby="personen" className="flex flex-col gap-3">
        <h2 id="personen">{t("conversation.peopleTitle")}</h2>
        <p className="text-sm text-slate-800">{t("conversation.blockHint")}</p>
        <ul className="flex flex-col gap-3">
          {conversation.others
            .filter((o) => o.displayName)
            .map((o) => (
              <li key={o.id}>
                <BlockButton userId={o.id} name={o.displayName!} blocked={blocked.has(o.id)} />
              </li>
            ))}
        </ul>
        {can(actor, "message.leave", facts) && <LeaveButton conversationId={id} />}
      </section>
      {newest && !cursor && <MarkRead conversationId={id} newest={newest.id} />}
    </div>
  );
}
