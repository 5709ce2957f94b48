import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { filterLabels, LocalityTopicDayFilter } from "@/components/spaces/locality-topic-day-filter";
import { ShiftCard } from "@/components/spaces/space-shifts";
import { PaginationLinks } from "@/components/ui/pagination-links";
import { getSessionUser } from "@/lib/auth/session";
import { listLocalities, listTopics } from "@/lib/district/queries";
import { hrefWith, type SearchParams } from "@/lib/http/search-params";
import { parseDistrictFilter } from "@/lib/spaces/district-filter";
import { MY_SHIFTS_PATH, VOLUNTEER_PATH } from "@/lib/spaces/paths";
import { listVolunteerShifts } from "@/lib/spaces/shifts/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("spaces.shifts.volunteer"))("title") };
}

/**
 * The district's volunteer opportunities: open shifts of public spaces, soonest first, by locality,
 * topic and first day (`?ortsteil=<slug>&thema=<slug>&datum=2026-12-07`); unknown values count as none.
 */
export default async function VolunteerPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const [localities, topics, viewer] = await Promise.all([listLocalities(), listTopics(), getSessionUser()]);
  const filter = parseDistrictFilter(params, localities, topics);
  const [t, page] = await Promise.all([
    getTranslations("spaces.shifts.volunteer"),
    listVolunteerShifts({ ...filter, viewerId: viewer?.id ?? null }),
  ]);
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3">
        <h1>{t("title")}</h1>
        <p className="max-w-3xl">{t("intro")}</p>
        {viewer && (
          <p>
            <Link href={MY_SHIFTS_PATH} className="inline-flex min-h-11 items-center">
              {t("myShifts")}
            </Link>
          </p>
        )}
      </div>
      <LocalityTopicDayFilter action={VOLUNTEER_PATH} localities={localities} topics={topics} selected={filter.selected} labels={filterLabels(t)} />
      <section aria-labelledby="offene-einsaetze" className="flex flex-col gap-4">
        <h2 id="offene-einsaetze">{t("resultsTitle")}</h2>
        {page.items.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {page.items.map((shift) => (
              <ShiftCard key={shift.id} shift={shift} />
            ))}
          </ul>
        )}
        <PaginationLinks
          label={t("pagination")}
          nextHref={page.nextCursor ? hrefWith(VOLUNTEER_PATH, { ...filter.selected, after: page.nextCursor }) : null}
          nextLabel={t("next")}
          firstHref={filter.cursor ? hrefWith(VOLUNTEER_PATH, filter.selected) : null}
          firstLabel={t("first")}
        />
      </section>
    </div>
  );
}
