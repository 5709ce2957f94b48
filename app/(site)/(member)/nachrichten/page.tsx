import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PaginationLinks } from "@/components/ui/pagination-links";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { conversationListPagePath, conversationPath, MESSAGE_SETTINGS_PATH, MESSAGES_PATH, NEW_CONVERSATION_PATH } from "@/lib/messages/paths";
import { listConversations } from "@/lib/messages/queries";
import { decodeCursor, encodeCursor } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("messages.list"))("title") };
}

/** The person's conversations, newest activity first; unread ones marked in words, not only by weight. */
export default async function MessagesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageAccess("message.compose");
  const query = await searchParams;
  const cursor = decodeCursor(firstParam(query.ab));
  const [t, format, page] = await Promise.all([getTranslations("messages"), getFormatter(), listConversations(actor.id, { cursor })]);
  const name = (n: string | null) => n ?? t("deletedMember");
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1>{t("list.title")}</h1>
        <Link href={NEW_CONVERSATION_PATH} className="rounded-md bg-blue-800 px-4 py-2 font-medium text-white no-underline hover:bg-blue-900">
          {t("list.new")}
        </Link>
      </div>
      <p>
        {t("list.intro")} <Link href={MESSAGE_SETTINGS_PATH}>{t("list.settingsLink")}</Link>
      </p>
      {page.items.length === 0 ? (
        <p>{cursor ? t("list.noMore") : t("list.empty")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-300 rounded-lg border border-slate-300 bg-white">
          {page.items.map((c) => {
            const title = c.isGroup ? (c.title ?? "") : c.others.length > 0 ? c.others.map(name).join(", ") : t("deletedMember");
            return (
              <li key={c.id} className="flex flex-col gap-1 p-4">
                <p className="flex flex-wrap items-baseline gap-x-3">
                  <Link href={conversationPath(c.id)} className={c.unread ? "font-bold" : "font-medium"}>
                    {title}
                  </Link>
                  {c.unread && <span className="rounded-full bg-blue-800 px-2 py-0.5 text-xs font-semibold text-white">{t("list.unread")}</span>}
                  <time dateTime={c.lastMessageAt.toISOString()} className="text-sm text-slate-700">
                    {format.dateTime(c.lastMessageAt, { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                </p>
                {c.isGroup && <p className="text-sm text-slate-700">{t("list.groupWith", { names: c.others.map(name).join(", ") })}</p>}
                <p className="truncate text-slate-800">{c.preview ?? <span className="italic">{t("removedByModeration")}</span>}</p>
              </li>
            );
          })}
        </ul>
      )}
      <PaginationLinks
        label={t("list.pagination")}
        nextHref={page.next ? conversationListPagePath(encodeCursor(page.next)) : null}
        nextLabel={t("list.older")}
        firstHref={cursor ? MESSAGES_PATH : null}
        firstLabel={t("list.newest")}
      />
    </div>
  );
}
