import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { filterLabels, LocalityTopicDayFilter } from "@/components/spaces/locality-topic-day-filter";
import { placesLabel } from "@/components/spaces/space-events";
import { PaginationLinks } from "@/components/ui/pagination-links";
import { listLocalities, listTopics } from "@/lib/district/queries";
import { hrefWith, type SearchParams } from "@/lib/http/search-params";
import { listDistrictEvents } from "@/lib/spaces/district-calendar";
import { parseDistrictFilter } from "@/lib/spaces/district-filter";
import { DISTRICT_CALENDAR_FILE_PATH, DISTRICT_CALENDAR_PATH, spaceEventPath, spacePath, VOLUNTEER_PATH } from "@/lib/spaces/paths";
import { DISTRICT_TIME_ZONE } from "@/lib/time/zone";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("spaces.districtCalendar"))("title") };
}

/** The district's calendar: coming events of every public space, soonest first, by locality, topic and first day. */
export default async function DistrictCalendarPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const [localities, topics] = await Promise.all([listLocalities(), listTopics()]);
  const filter = parseDistrictFilter(params, localities, topics);
  const [t, format, page] = await Promise.all([getTranslations("spaces.districtCalendar"), getFormatter(), listDistrictEvents(filter)]);
  const places = await Promise.all(page.items.map((event) => placesLabel(event)));
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3">
        <h1>{t("title")}</h1>
        <p className="max-w-3xl">{t("intro")}</p>
        <p>
          <Link href={VOLUNTEER_PATH} className="inline-flex min-h-11 items-center">
            {t("volunteer")}
          </Link>
        </p>
      </div>
      <LocalityTopicDayFilter action={DISTRICT_CALENDAR_PATH} localities={localities} topics={topics} selected={filter.selected} labels={filterLabels(t)} />
      <p>
        <a href={hrefWith(DISTRICT_CALENDAR_FILE_PATH, { ortsteil: filter.selected.ortsteil, thema: filter.selected.thema })} className="inline-flex min-h-11 items-center">
          {t("subscribe")}
        </a>
      </p>
      <section aria-labelledby="termine-ergebnisse" className="flex flex-col gap-4">
        <h2 id="termine-ergebnisse">{t("resultsTitle")}</h2>
        {page.items.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {page.items.map((event, index) => (
              <li key={event.id} className="flex flex-col gap-1 rounded-md border border-slate-300 p-3">
                <h3 className="text-base font-semibold [overflow-wrap:anywhere]">
                  <Link href={spaceEventPath(event.spaceId, event.id)} className="inline-flex min-h-11 items-center">
                    {event.title}
                  </Link>
                </h3>
                <p>
                  <time dateTime={event.startsAt.toISOString()}>{format.dateTime(event.startsAt, { dateStyle: "full", timeStyle: "short", timeZone: DISTRICT_TIME_ZONE })}</time>
                  {" · "}
                  {[event.place, event.localityName].filter(Boolean).join(", ")}
                </p>
                <p className="text-sm text-slate-700">
                  <Link href={spacePath(event.spaceId)} className="inline-flex min-h-11 items-center">
                    {event.spaceName}
                  </Link>
                  {` · ${places[index]}`}
                </p>
              </li>
            ))}
          </ul>
        )}
        <PaginationLinks
          label={t("pagination")}
          nextHref={page.nextCursor ? hrefWith(DISTRICT_CALENDAR_PATH, { ...filter.selected, after: page.nextCursor }) : null}
          nextLabel={t("next")}
          firstHref={filter.cursor ? hrefWith(DISTRICT_CALENDAR_PATH, filter.selected) : null}
          firstLabel={t("first")}
        />
      </section>
    </div>
  );
}
