import type { Metadata } from "next";
import { FilterForm } from "@/components/forms/filter-form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { ANNOUNCEMENTS_PATH } from "@/lib/announcements/paths";
import { searchAnnouncements, searchComments, type SearchPage } from "@/lib/search/queries";
import { SEARCH_QUERY_MAX_LENGTH, searchParamsSchema, type SearchKind } from "@/lib/search/schemas";
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

/** Full-text search over visible announcements and the comments on them, German word forms included. */
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

async function Results({ q, kind, after }: { q: string; kind?: SearchKind; after?: string }) {
  const t = await getTranslations("announcements.search");
  const none = { items: [], nextCursor: null };
  // One kind paged through, or the best hits of both on the overview.
  const [announcements, comments] = await Promise.all([
    kind === "kommentare" ? none : searchAnnouncements({ q, after: kind ? after : undefined }),
    kind === "bekanntmachungen" ? none : searchComments({ q, after: kind ? after : undefined }),
  ]);

  if (!kind && announcements.items.length === 0 && comments.items.length === 0) {
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

  const section = (id: SearchKind, title: string, page: SearchPage<unknown>, list: ReactNode, empty: string, more: string) => (
    <section aria-labelledby={`treffer-${id}`} className="flex flex-col gap-4">
      <h2 id={`treffer-${id}`}>{title}</h2>
      {page.items.length === 0 ? <p>{empty}</p> : list}
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
            <Link href={searchHref(q, id)}>{more}</Link>
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
      {kind !== "kommentare" &&
        section(
          "bekanntmachungen",
          t("announcementsTitle"),
          announcements,
          <AnnouncementHits hits={announcements.items} />,
          t("noAnnouncements", { q }),
          t("moreAnnouncements", { q }),
        )}
      {kind !== "bekanntmachungen" &&
        section("kommentare", t("commentsTitle"), comments, <CommentHits hits={comments.items} />, t("noComments", { q }), t("moreComments", { q }))}
    </div>
  );
}
