import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AnnouncementPagination } from "@/components/announcements/announcement-pagination";
import { AnnouncementStatusBadge } from "@/components/announcements/status-badge";
import { editAnnouncementPath, MANAGE_PATH, NEW_ANNOUNCEMENT_PATH, staffAnnouncementPath } from "@/lib/announcements/paths";
import { listAnnouncementsForStaff } from "@/lib/announcements/queries";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { DataTable } from "@/components/ui/data-table";
import { firstParam, type SearchParams } from "@/lib/http/search-params";



export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("announcements.manage"))("title") };
}

/** Every announcement of the district in any state, for staff: newest publication first. */
export default async function ManageAnnouncementsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageAccess("announcement.manage");
  const params = await searchParams;
  const after = firstParam(params.after);
  const [t, format, page] = await Promise.all([getTranslations("announcements.manage"), getFormatter(), listAnnouncementsForStaff({ cursor: after })]);
  const dateTime = (date: Date) => <time dateTime={date.toISOString()}>{format.dateTime(date, { dateStyle: "short", timeStyle: "short" })}</time>;

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3">
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
        <p>
          <Link
            href={NEW_ANNOUNCEMENT_PATH}
            className="inline-block rounded-md bg-blue-800 px-4 py-2 font-medium text-white no-underline hover:bg-blue-900 hover:text-white"
          >
            {t("new")}
          </Link>
        </p>
      </div>
      {firstParam(params.geloescht) && (
        <p role="status" className="rounded-md border border-green-800 bg-green-50 px-3 py-2 text-green-900">
          {t("deleted")}
        </p>
      )}

      <section aria-labelledby="all-announcements" className="flex flex-col gap-4">
        <h2 id="all-announcements">{t("listTitle")}</h2>
        {page.items.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <DataTable labelledBy="all-announcements" columns={[t("columns.title"), t("columns.status"), t("columns.period"), t("columns.department"), t("columns.comments")]}>
                {page.items.map((item) => (
                  <tr key={item.id} className="border-t border-slate-200 align-top">
                    <td className="px-3 py-2">
                      <Link href={staffAnnouncementPath(item.id)} className="font-medium">
                        {item.title}
                      </Link>
                      <Link href={editAnnouncementPath(item.id)} aria-label={t("editLabel", { title: item.title })} className="mt-1 block text-sm">
                        {t("edit")}
                      </Link>
                    </td>
                    <td className="px-3 py-2">
                      <AnnouncementStatusBadge status={item.status} />
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {t.rich("from", { date: () => dateTime(item.publishAt) })}
                      {item.expiresAt && <span className="block">{t.rich("until", { date: () => dateTime(item.expiresAt!) })}</span>}
                    </td>
                    <td className="px-3 py-2">{item.departmentName ?? t("none")}</td>
                    <td className="px-3 py-2">{item.commentCount}</td>
                  </tr>
                ))}
          </DataTable>
        )}
        <AnnouncementPagination
          nextHref={page.nextCursor ? `${MANAGE_PATH}?after=${page.nextCursor}` : null}
          firstHref={after ? MANAGE_PATH : null}
        />
      </section>
    </div>
  );
}
