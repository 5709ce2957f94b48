import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { districtDayStart } from "@/lib/time/district-time";

interface Choice {
  id: number;
  slug: string;
}

/**
 * The district-wide lists' filter from the address (`?ortsteil=<slug>&thema=<slug>&datum=2026-12-07&after=…`):
 * what the query needs (ids, the first day's instant) and what the links carry on. Unknown values count as none.
 */
export function parseDistrictFilter(params: SearchParams, localities: Choice[], topics: Choice[]) {
  const locality = localities.find((l) => l.slug === firstParam(params.ortsteil)) ?? null;
  const topic = topics.find((l) => l.slug === firstParam(params.thema)) ?? null;
  const from = districtDayStart(firstParam(params.datum));
  return {
    localityId: locality?.id,
    topicId: topic?.id,
    from,
    cursor: firstParam(params.after) ?? null,
    /** The filter as query parameters, for the form and the page links. */
    selected: { ortsteil: locality?.slug, thema: topic?.slug, datum: from ? firstParam(params.datum) : undefined },
  };
}
