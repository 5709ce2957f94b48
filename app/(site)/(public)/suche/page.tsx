import type { Metadata } from "next";
import { FilterForm } from "@/components/forms/filter-form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { ANNOUNCEMENTS_PATH } from "@/lib/announcements/paths";
import { getSessionUser } from "@/lib/auth/session";
import { searchConcerns, searchIdeas } from "@/lib/search/participation";
import { searchAnnouncements, searchComments, type SearchPage } from "@/lib/search/queries";
import { SEARCH_KINDS, SEARCH_QUERY_MAX_LENGTH, searchParamsSchema, type SearchKind } from "@/lib/search/schemas";
import { searchEvents, searchPosts, searchSpaces } from "@/lib/search/spaces";
import { ConcernHits, EventHits, IdeaHits, PostHits, SpaceHits } from "./participation-results";
import { AnnouncementHits, CommentHits } from "./search-results";
import { firstParam, type SearchParams } from "@/lib/http/search-params";


const SEARCH_PATH = "/suche";


function readParams(params: SearchParams) {
  return searchParamsSchema.safeParse({ q: firstParam(params.q) ?? "", art: firstParam(params.art), nach: firstParam(params.nach) });
}

function searchHref(q: string, kind?: SearchKind, after?: string | null) {
  const query = new URLSearchParams({ q });
  if (kind) query.set("art", kind);
  if (after) query.set("nach", after);
  return `${SEARCH_PATH}?${query.toString()}`;
}

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const [t, parsed] = await Promise.all([getTranslations("announcements.search"), searchParams.then(readParams)]);
  return { title: parsed.success && parsed.data.q ? t("titleWithQuery", { q: parsed.data.q }) : t("title") };
}

/** Full-text search over everything a visitor may read — announcements, comments, concerns, ideas, spaces, posts, events — German word forms included. */
export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [t, params] = await Promise.all([getTranslations("announcements.search"), searchParams]);
  const parsed = readParams(params);
  const rawQ = firstParam(params.q) ?? "";
  const q = parsed.success ? parsed.data.q : "";

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-4">
        <h1>{t("title")}</h1>
        {/* Keyed by the term, so the box shows the current one after navigating between searches. */}
        <FilterForm key={rawQ} action={SEARCH_PATH} role="search" aria-label={t("landmark")} className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <div className="flex-1">
            <TextField
              label={t("label")}
              description={t("hint")}
              type="search"
              name="q"
              defaultValue={rawQ}
              maxLength={SEARCH_QUERY_MAX_LENGTH}
              error={parsed.success ? undefined : `tooLong:${SEARCH_QUERY_MAX_LENGTH}`}
            />
          </div>
          <div>
            <Button type="submit">{t("submit")}</Button>
          </div>
        </FilterForm>
      </div>
      {parsed.success && (q ? <Results q={q} kind={parsed.data.art} after={parsed.data.nach} /> : <p>{t("emptyQuery")}</p>)}
    </div>
  );
}

/** Every kind of hit: its query, its list and its texts. On the overview only kinds with hits are shown. */
function searchKinds(q: string, after: string | undefined, viewerId: string | null) {
  const args = { q, after };
  return {
    bekanntmachungen: { title: "announcementsTitle", empty: "noAnnouncements", more: "moreAnnouncements", run: async () => list(await searchAnnouncements(args), (hits) => <AnnouncementHits hits={hits} />) },
    kommentare: { title: "commentsTitle", empty: "noComments", more: "moreComments", run: async () => list(await searchComments(args), (hits) => <CommentHits hits={hits} />) },
    anliegen: { title: "concernsTitle", empty: "noConcerns", more: "moreConcerns", run: async () => list(await searchConcerns(args), (hits) => <ConcernHits hits={hits} />) },
    ideen: { title: "ideasTitle", empty: "noIdeas", more: "moreIdeas", run: async () => list(await searchIdeas(args), (hits) => <IdeaHits hits={hits} />) },
    projekte: { title: "spacesTitle", empty: "noSpaces", more: "moreSpaces", run: async () => list(await searchSpaces({ ...args, viewerId }), (hits) => <SpaceHits hits={hits} />) },
    beitraege: { title: "postsTitle", empty: "noPosts", more: "morePosts", run: async () => list(await searchPosts({ ...args, viewerId }), (hits) => <PostHits hits={hits} />) },
    termine: { title: "eventsTitle", empty: "noEvents", more: "moreEvents", run: async () => list(await searchEvents({ ...args, viewerId }), (hits) => <EventHits hits={hits} />) },
  } as const satisfies Record<SearchKind, { title: string; empty: string; more: string; run: () => Promise<KindResult> }>;
}

interface KindResult {
  page: SearchPage<unknown>;
  list: ReactNode;
}

const list = <T,>(page: SearchPage<T>, render: (hits: T[]) => ReactNode): KindResult => ({ page, list: render(page.items) });

async function Results({ q, kind, after }: { q: string; kind?: SearchKind; after?: string }) {
  const [t, viewer] = await Promise.all([getTranslations("announcements.search"), getSessionUser()]);
  // One kind paged through, or the best hits of every kind on the overview: one query per kind.
  const kinds = searchKinds(q, kind ? after : undefined, viewer?.id ?? null);
  const shown = kind ? [kind] : SEARCH_KINDS;
  const results = await Promise.all(shown.map(async (id) => ({ id, ...kinds[id], ...(await kinds[id].run()) })));
  const withHits = results.filter((result) => result.page.items.length > 0);

  if (!kind && withHits.length === 0) {
    return (
      <section aria-labelledby="ergebnisse" className="flex flex-col gap-3">
        <h2 id="ergebnisse">{t("noResults", { q })}</h2>
        <p>{t("noResultsTips")}</p>
        <p>
          <Link href={ANNOUNCEMENTS_PATH}>{t("toAll")}</Link>
        </p>
      </section>
    );
  }

  const section = ({ id, title, empty, more, page, list }: (typeof results)[number]) => (
    <section key={id} aria-labelledby={`treffer-${id}`} className="flex flex-col gap-4">
      <h2 id={`treffer-${id}`}>{t(title)}</h2>
      {page.items.length === 0 ? <p>{t(empty, { q })}</p> : list}
      {kind ? (
        (page.nextCursor || after) && (
          <nav aria-label={t("pagination.label")}>
            <ul className="flex flex-wrap gap-6">
              {after && (
                <li>
                  <Link href={searchHref(q, id)}>{t("pagination.first")}</Link>
                </li>
              )}
              {page.nextCursor && (
                <li>
                  <Link href={searchHref(q, id, page.nextCursor)} rel="next">
                    {t("pagination.next")}
                  </Link>
                </li>
              )}
            </ul>
          </nav>
        )
      ) : (
        page.nextCursor && (
          <p>
            <Link href={searchHref(q, id)}>{t(more, { q })}</Link>
          </p>
        )
      )}
    </section>
  );

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
        <p className="text-lg font-medium">{t("resultsFor", { q })}</p>
        {kind && <Link href={searchHref(q)}>{t("backToOverview")}</Link>}
      </div>
      {(kind ? results : withHits).map(section)}
    </div>
  );
}
