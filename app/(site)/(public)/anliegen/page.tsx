import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ConcernList } from "@/components/concerns/concern-list";
import { PaginationLinks } from "@/components/ui/pagination-links";
import { getSessionUser } from "@/lib/auth/session";
import { concernPath, CONCERNS_CSV_PATH, CONCERNS_FEED_PATH, CONCERNS_PATH, NEW_CONCERN_PATH } from "@/lib/concerns/paths";
import { getAnswerDays, listPublicConcerns } from "@/lib/concerns/queries";
import { firstParam, hrefWith, type SearchParams } from "@/lib/http/search-params";
import { can } from "@/lib/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("concerns.list"))("title"), alternates: { types: { "application/atom+xml": CONCERNS_FEED_PATH } } };
}

export default async function ConcernsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const after = firstParam((await searchParams).after) ?? null;
  const [t, tFeed, viewer, page, answerDays] = await Promise.all([getTranslations("concerns.list"), getTranslations("concerns.feed"), getSessionUser(), listPublicConcerns({ cursor: after }), getAnswerDays()]);
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3">
        <h1>{t("title")}</h1>
        <p>{t("intro", { days: answerDays })}</p>
        {can(viewer, "concern.submit") ? (
          <p>
            <Link href={NEW_CONCERN_PATH} className="inline-flex min-h-11 items-center rounded-md bg-blue-800 px-4 py-2 font-medium text-white no-underline hover:bg-blue-900">
              {t("new")}
            </Link>
          </p>
        ) : (
          <p>{viewer ? t("verifyToFile") : t("signInToFile")}</p>
        )}
        <p>
          <a href={CONCERNS_FEED_PATH} type="application/atom+xml">
            {tFeed("link")}
          </a>
        </p>
        <p>
          <a href={CONCERNS_CSV_PATH} download>
            {tFeed("csv")}
          </a>
        </p>
      </div>
      <section aria-labelledby="concerns-results" className="flex flex-col gap-4">
        <h2 id="concerns-results">{t("resultsTitle")}</h2>
        <ConcernList items={page.items} answerDays={answerDays} href={concernPath} empty={<p>{t("empty")}</p>} />
        <PaginationLinks
          label={t("pagination")}
          nextHref={page.nextCursor ? hrefWith(CONCERNS_PATH, { after: page.nextCursor }) : null}
          nextLabel={t("next")}
          firstHref={after ? CONCERNS_PATH : null}
          firstLabel={t("first")}
        />
      </section>
    </div>
  );
}
