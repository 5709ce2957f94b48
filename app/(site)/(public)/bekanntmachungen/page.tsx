import type { Metadata } from "next";
import { FilterForm } from "@/components/forms/filter-form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { and } from "drizzle-orm";
import { AnnouncementList } from "@/components/announcements/announcement-list";
import { AnnouncementPagination } from "@/components/announcements/announcement-pagination";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { originOfPage } from "@/lib/http/origin";
import { ANNOUNCEMENTS_PATH, localityFeedPath, WHOLE_DISTRICT_FEED_PATH } from "@/lib/announcements/paths";
import { announcementInLocalities, announcementWithTopics, listAnnouncements } from "@/lib/announcements/queries";
import { listLocalities, listTopics } from "@/lib/district/queries";
import { announcementFilterSchema } from "@/lib/announcements/schemas";
import { getDistrictSettings } from "@/lib/district/queries";
import { firstParam, hrefWith, type SearchParams } from "@/lib/http/search-params";

/** The filter as the URL gives it; a parameter given twice counts once, unknown slugs count as none. */
async function readFilter(searchParams: Promise<SearchParams>) {
  const params = await searchParams;
  const filter = announcementFilterSchema.parse({ ortsteil: firstParam(params.ortsteil), thema: firstParam(params.thema), after: firstParam(params.after) });
  const [localities, topics] = await Promise.all([listLocalities(), listTopics()]);
  return {
    localities,
    topics,
    locality: localities.find((l) => l.slug === filter.ortsteil) ?? null,
    topic: topics.find((t) => t.slug === filter.thema) ?? null,
    after: filter.after,
  };
}

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const [t, origin, { locality }] = await Promise.all([getTranslations("announcements.list"), originOfPage(), readFilter(searchParams)]);
  const feeds = [{ url: `${origin}${WHOLE_DISTRICT_FEED_PATH}`, title: t("feedAll") }];
  if (locality) feeds.push({ url: `${origin}${localityFeedPath(locality.slug)}`, title: t("feedLocality", { locality: locality.name }) });
  return { title: t("title"), alternates: { types: { "application/atom+xml": feeds } } };
}

export default async function AnnouncementsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { localities, topics, locality, topic, after } = await readFilter(searchParams);
  const [t, settings, page] = await Promise.all([
    getTranslations("announcements.list"),
    getDistrictSettings(),
    listAnnouncements({
      where: and(locality ? announcementInLocalities([locality.id]) : undefined, topic ? announcementWithTopics([topic.id]) : undefined),
      cursor: after,
    }),
  ]);
  const filtered = Boolean(locality || topic);
  const filterName = [locality?.name, topic?.name].filter(Boolean).join(", ");
  const current = { ortsteil: locality?.slug, thema: topic?.slug };

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3">
        <h1>{t("title")}</h1>
        <p>{t("intro", { district: settings.districtName })}</p>
      </div>

      <section aria-labelledby="filter" className="flex flex-col gap-3">
        <h2 id="filter">{t("filterTitle")}</h2>
        {/* Keyed by the filter, so the selects show the current one after "show all" too. */}
        <FilterForm key={`${current.ortsteil ?? ""}|${current.thema ?? ""}`} action={ANNOUNCEMENTS_PATH} className="flex flex-col gap-4 sm:flex-row sm:items-end">
          <div className="sm:w-64">
            <SelectField label={t("locality")} name="ortsteil" defaultValue={current.ortsteil ?? ""}>
              <option value="">{t("allLocalities")}</option>
              {localities.map((l) => (
                <option key={l.id} value={l.slug}>
                  {l.name}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="sm:w-64">
            <SelectField label={t("topic")} name="thema" defaultValue={current.thema ?? ""}>
              <option value="">{t("allTopics")}</option>
              {topics.map((topicOption) => (
                <option key={topicOption.id} value={topicOption.slug}>
                  {topicOption.name}
                </option>
              ))}
            </SelectField>
          </div>
          <div>
            <Button type="submit">{t("submit")}</Button>
          </div>
        </FilterForm>
        {filtered && (
          <p>
            <Link href={ANNOUNCEMENTS_PATH}>{t("reset")}</Link>
          </p>
        )}
      </section>

      <section aria-labelledby="results" className="flex flex-col gap-4">
        <h2 id="results">{filtered ? t("resultsFiltered", { filter: filterName }) : t("resultsTitle")}</h2>
        <AnnouncementList items={page.items} empty={<p>{filtered ? t("emptyFiltered") : t("empty")}</p>} />
        <AnnouncementPagination
          nextHref={page.nextCursor ? hrefWith(ANNOUNCEMENTS_PATH, { ...current, after: page.nextCursor }) : null}
          firstHref={after ? hrefWith(ANNOUNCEMENTS_PATH, current) : null}
        />
      </section>

      <section aria-labelledby="feeds" className="flex flex-col gap-2">
        <h2 id="feeds">{t("feedsTitle")}</h2>
        <p>{t("feedsIntro")}</p>
        <ul className="list-disc pl-6">
          <li>
            <a href={WHOLE_DISTRICT_FEED_PATH} type="application/atom+xml">
              {t("feedAll")}
            </a>
          </li>
          {locality && (
            <li>
              <a href={localityFeedPath(locality.slug)} type="application/atom+xml">
                {t("feedLocality", { locality: locality.name })}
              </a>
            </li>
          )}
        </ul>
      </section>
    </div>
  );
}
