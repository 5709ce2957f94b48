import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PaginationLinks } from "@/components/ui/pagination-links";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { DECISIONS_PATH } from "@/lib/moderation/paths";
import { countUnreadNotifications, groupByThread, listNotifications } from "@/lib/notifications/queries";
import { NOTIFICATION_SETTINGS_PATH, NOTIFICATIONS_PATH } from "@/lib/notifications/paths";
import { MarkAllRead } from "./mark-all-read";
import { MarkReadOnOpen } from "./mark-read-on-open";
import { NotificationText } from "./notification-text";
import { firstParam, type SearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}


/**
 * The person's own notifications, newest first, one entry per thread; unread ones are marked in words,
 * not by colour alone. Opening the list marks what it shows read (by the client, after it is shown).
 */
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageAccess("notification.read");
  const { after: afterParam } = await searchParams;
  const after = firstParam(afterParam);
  const [page, unread, t, format] = await Promise.all([
    listNotifications({ userId: user.id, after }),
    countUnreadNotifications(user.id),
    getTranslations("notifications"),
    getFormatter(),
  ]);

  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <div className="flex flex-col gap-3">
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
        <p>
          <Link href={DECISIONS_PATH}>{t("decisionsLink")}</Link>
        </p>
        <p>
          <Link href={NOTIFICATION_SETTINGS_PATH}>{t("settingsLink")}</Link>
        </p>
      </div>
      <MarkAllRead unread={unread} />
      <MarkReadOnOpen ids={page.items.filter((item) => !item.read).map((item) => item.id)} />
      {page.items.length === 0 ? (
        <p>{after ? t("noOlder") : t("empty")}</p>
      ) : (
        <ol aria-label={t("listLabel")} className="flex flex-col gap-3">
          {groupByThread(page.items).map(({ latest: item, count, unread: unreadInThread }) => (
            <li
              key={item.id}
              className={`flex flex-col gap-2 rounded-lg border bg-white p-4 ${unreadInThread === 0 ? "border-slate-300" : "border-l-4 border-blue-800"}`}
            >
              <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-800">
                {unreadInThread > 0 && (
                  <span className="rounded-full border border-blue-900 bg-blue-800 px-2 py-0.5 text-xs font-semibold text-white">{t("unreadBadge")}</span>
                )}
                <time dateTime={item.createdAt.toISOString()}>{format.dateTime(item.createdAt, { dateStyle: "long", timeStyle: "short" })}</time>
              </p>
              {count > 1 && <p className="font-medium">{t("thread", { count, title: item.threadTitle ?? "" })}</p>}
              <NotificationText notification={item} />
            </li>
          ))}
        </ol>
      )}
      <PaginationLinks
        label={t("pagination.label")}
        nextHref={page.nextCursor ? `${NOTIFICATIONS_PATH}?after=${encodeURIComponent(page.nextCursor)}` : null}
        nextLabel={t("pagination.older")}
        firstHref={after ? NOTIFICATIONS_PATH : null}
        firstLabel={t("pagination.newest")}
      />
    </div>
  );
}
