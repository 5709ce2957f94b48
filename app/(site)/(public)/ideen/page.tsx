import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/forms/filter-form";
import { IdeaList } from "@/components/ideas/idea-list";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { PaginationLinks } from "@/components/ui/pagination-links";
import { getSessionUser } from "@/lib/auth/session";
import { listLocalities } from "@/lib/district/queries";
import { firstParam, hrefWith, type SearchParams } from "@/lib/http/search-params";
import { IDEAS_FEED_PATH, IDEAS_PATH, NEW_IDEA_PATH } from "@/lib/ideas/paths";
import { getIdeaSettings, listPublicIdeas } from "@/lib/ideas/queries";
import { IDEA_STATUSES, isIdeaStatus } from "@/lib/ideas/status";
import { can } from "@/lib/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ideas.list"))("title"), alternates: { types: { "application/atom+xml": IDEAS_FEED_PATH } } };
}

/** Ideas newest first, by status and locality (`?status=…&ortsteil=<slug>`); unknown values count as none. */
export default async function IdeasPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const after = firstParam(params.after) ?? null;
  const statusParam = firstParam(params.status);
  const status = isIdeaStatus(statusParam) ? statusParam : undefined;
  const localities = await listLocalities();
  const locality = localities.find((l) => l.slug === firstParam(params.ortsteil)) ?? null;
  const [t, tStatus, tFeed, viewer, page, settings] = await Promise.all([
    getTranslations("ideas.list"),
    getTranslations("ideas.status"),
    getTranslations("ideas.feed"),
    getSessionUser(),
    listPublicIdeas({ status, localityId: locality?.id, cursor: after }),
    getIdeaSettings(),
  ]);
  const filter = { status, ortsteil: locality?.slug };
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3">
        <h1>{t("title")}</h1>
        <p>{t("intro", { threshold: settings.supportThreshold, days: settings.answerDays })}</p>
        {can(viewer, "idea.submit") ? (
          <p>
            <Link href={NEW_IDEA_PATH} className="inline-flex min-h-11 items-center rounded-md bg-blue-800 px-4 py-2 font-medium text-white no-underline hover:bg-blue-900">
              {t("new")}
            </Link>
          </p>
        ) : (
          <p>{viewer ? t("verifyToSubmit") : t("signInToSubmit")}</p>
        )}
        <p>
          <a href={IDEAS_FEED_PATH} type="application/atom+xml">
            {tFeed("link")}
          </a>
        </p>
      </div>
      <FilterForm key={`${status ?? ""}|${locality?.slug ?? ""}`} action={IDEAS_PATH} className="flex flex-col gap-4 sm:flex-row sm:items-end">
        <div className="sm:w-64">
          <SelectField label={t("status")} name="status" defaultValue={status ?? ""}>
            <option value="">{t("allStatuses")}</option>
            {IDEA_STATUSES.map((s) => (
              <option key={s} value={s}>
                {tStatus(s)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="sm:w-64">
          <SelectField label={t("locality")} name="ortsteil" defaultValue={locality?.slug ?? ""}>
            <option value="">{t("allLocalities")}</option>
            {localities.map((l) => (
              <option key={l.id} value={l.slug}>
                {l.name}
              </option>
            ))}
          </SelectField>
        </div>
        <div>
          <Button type="submit">{t("filter")}</Button>
        </div>
      </FilterForm>
      <section aria-labelledby="ideas-results" className="flex flex-col gap-4">
        <h2 id="ideas-results">{t("resultsTitle")}</h2>
        <IdeaList items={page.items} answerDays={settings.answerDays} empty={<p>{t("empty")}</p>} />
        <PaginationLinks
          label={t("pagination")}
          nextHref={page.nextCursor ? hrefWith(IDEAS_PATH, { ...filter, after: page.nextCursor }) : null}
          nextLabel={t("next")}
          firstHref={after ? hrefWith(IDEAS_PATH, filter) : null}
          firstLabel={t("first")}
        />
      </section>
    </div>
  );
}
