import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PaginationLinks } from "@/components/ui/pagination-links";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { firstParam, hrefWith, type SearchParams } from "@/lib/http/search-params";
import { listAccessibilityFeedback } from "@/lib/privacy/accessibility-feedback";
import { ADMIN_ACCESSIBILITY_FEEDBACK_PATH } from "@/lib/privacy/paths";
import { RETENTION } from "@/lib/privacy/retention-periods";
import { AdminNav } from "../admin-nav";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacy.adminFeedback"))("title") };
}

/** What reached the district through the accessibility statement's form (BIKTG feedback mechanism). */
export default async function AccessibilityFeedbackPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageAccess("admin.accessibilityFeedback.read");
  const after = firstParam((await searchParams).nach);
  const [t, format, { items, nextCursor }] = await Promise.all([getTranslations("privacy.adminFeedback"), getFormatter(), listAccessibilityFeedback({ after })]);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <h1>{t("title")}</h1>
      <AdminNav current="accessibilityFeedback" />
      <p>{t("intro", { months: RETENTION.accessibilityFeedbackMonths })}</p>
      {items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {items.map((item) => (
            <li key={item.id} className="rounded-lg border border-slate-300 p-4">
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                <dt className="font-medium">{t("received")}</dt>
                <dd>{format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
                <dt className="font-medium">{t("page")}</dt>
                <dd className="break-all">{item.pageUrl ?? t("none")}</dd>
                <dt className="font-medium">{t("contact")}</dt>
                <dd className="break-all">{item.contact ?? t("none")}</dd>
                <dt className="font-medium">{t("message")}</dt>
                <dd lang="de" className="whitespace-pre-line">
                  {item.message}
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <PaginationLinks
        label={t("pagination.label")}
        nextHref={nextCursor ? hrefWith(ADMIN_ACCESSIBILITY_FEEDBACK_PATH, { nach: nextCursor }) : null}
        nextLabel={t("pagination.older")}
        firstHref={after ? ADMIN_ACCESSIBILITY_FEEDBACK_PATH : null}
        firstLabel={t("pagination.newest")}
      />
    </div>
  );
}
