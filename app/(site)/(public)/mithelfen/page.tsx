import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/forms/filter-form";
import { ShiftCard } from "@/components/spaces/space-shifts";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { PaginationLinks } from "@/components/ui/pagination-links";
import { getSessionUser } from "@/lib/auth/session";
import { listLocalities, listTopics } from "@/lib/district/queries";
import { firstParam, hrefWith, type SearchParams } from "@/lib/http/search-params";
import { MY_SHIFTS_PATH, VOLUNTEER_PATH } from "@/lib/spaces/paths";
import { listVolunteerShifts } from "@/lib/spaces/shifts/queries";
import { fromDistrictLocalTime } from "@/lib/time/district-time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("spaces.shifts.volunteer"))("title") };
}

/** A day from the date field ("2026-12-07"): from its first minute in the district; anything else is no filter. */
const fromDay = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? fromDistrictLocalTime(`${value}T00:00`) : null);

/**
 * The district's volunteer opportunities: open shifts of public spaces, soonest first, by locality,
 * topic and first day (`?ortsteil=<slug>&thema=<slug>&datum=2026-12-07`); unknown values count as none.
 */
export default async function VolunteerPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const [localities, topics, viewer] = await Promise.all([listLocalities(), listTopics(), getSessionUser()]);
  const locality = localities.find((l) => l.slug === firstParam(params.ortsteil)) ?? null;
  const topic = topics.find((l) => l.slug === firstParam(params.thema)) ?? null;
  const from = fromDay(firstParam(params.datum));
  const day = from ? firstParam(params.datum) : undefined;
  const after = firstParam(params.after) ?? null;
  const [t, page] = await Promise.all([
    getTranslations("spaces.shifts.volunteer"),
    listVolunteerShifts({ localityId: locality?.id, topicId: topic?.id, from, cursor: after, viewerId: viewer?.id ?? null }),
  ]);
  const filter = { ortsteil: locality?.slug, thema: topic?.slug, datum: day };
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
      <FilterForm key={`${locality?.slug ?? ""}|${topic?.slug ?? ""}|${day ?? ""}`} action={VOLUNTEER_PATH} className="flex flex-col gap-4 sm:flex-row sm:flex-wrap sm:items-end">
        <div className="sm:w-56">
          <SelectField label={t("locality")} name="ortsteil" defaultValue={locality?.slug ?? ""}>
            <option value="">{t("allLocalities")}</option>
            {localities.map((l) => (
              <option key={l.id} value={l.slug}>
                {l.name}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="sm:w-56">
          <SelectField label={t("topic")} name="thema" defaultValue={topic?.slug ?? ""}>
            <option value="">{t("allTopics")}</option>
            {topics.map((l) => (
              <option key={l.id} value={l.slug}>
                {l.name}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="sm:w-48">
          <TextField type="date" label={t("from")} name="datum" defaultValue={day ?? ""} />
        </div>
        <div>
          <Button type="submit" className="min-h-11">
            {t("filter")}
          </Button>
        </div>
      </FilterForm>
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
          nextHref={page.nextCursor ? hrefWith(VOLUNTEER_PATH, { ...filter, after: page.nextCursor }) : null}
          nextLabel={t("next")}
          firstHref={after ? hrefWith(VOLUNTEER_PATH, filter) : null}
          firstLabel={t("first")}
        />
      </section>
    </div>
  );
}
