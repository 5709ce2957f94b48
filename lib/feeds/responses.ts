import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { ATOM_CONTENT_TYPE, buildAtomFeed, escapeXml, type AtomEntry } from "@/lib/announcements/feed";
import { CONCERNS_FEED_PATH, CONCERNS_PATH, concernPath } from "@/lib/concerns/paths";
import { getDistrictSettings } from "@/lib/district/queries";
import { originOfRequest } from "@/lib/http/origin";
import type { Locale } from "@/lib/i18n/config";
import { IDEAS_FEED_PATH, IDEAS_PATH, ideaPath } from "@/lib/ideas/paths";
import { spaceFeedPath, spacePath, spacePostPath } from "@/lib/spaces/paths";
import { getPublicSpaceFeed, listConcernFeedEntries, listIdeaFeedEntries, type ParticipationFeedEntry } from "./queries";

/**
 * Atom feeds of public concerns, of ideas and of a public space's posts: open data a feed reader, the
 * district's website or a newsroom can follow. Every URL comes from the configured public origin; in
 * `locale` for the visitors' cached copy (which reads no cookie), else in the reader's language.
 */

/** Plain text as HTML paragraphs (escaped once here; the feed escapes the HTML again as content type="html"). */
const textAsHtml = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeXml(paragraph.trim()).replaceAll("\n", "<br/>")}</p>`)
    .join("");

const firstWords = (text: string, length = 280) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);

function atomResponse(xml: string): Response {
  return new Response(xml, { headers: { "Content-Type": ATOM_CONTENT_TYPE, "Cache-Control": "public, max-age=300" } });
}

async function feedContext(locale: Locale | undefined) {
  const [settings, language] = await Promise.all([getDistrictSettings(), locale ?? (getLocale() as Promise<Locale>)]);
  return { settings, language, origin: originOfRequest() };
}

function participationEntry(origin: string, href: string, entry: ParticipationFeedEntry, facts: string, extraHtml = ""): AtomEntry {
  return {
    uuid: entry.id,
    title: entry.title,
    url: `${origin}${href}`,
    published: entry.createdAt,
    updated: entry.updatedAt > entry.createdAt ? entry.updatedAt : entry.createdAt,
    summary: `${facts} — ${firstWords(entry.description)}`,
    contentHtml: `<p>${escapeXml(facts)}</p>${textAsHtml(entry.description)}${extraHtml}`,
    authorName: entry.departmentName ?? "",
    categories: [entry.categoryName, entry.localityName].filter((name): name is string => Boolean(name)),
  };
}

export async function concernsFeedResponse(locale?: Locale): Promise<Response> {
  const { settings, language, origin } = await feedContext(locale);
  const [tFeed, tStatus, entries] = await Promise.all([getTranslations({ locale: language, namespace: "concerns.feed" }), getTranslations({ locale: language, namespace: "concerns.status" }), listConcernFeedEntries()]);
  const district = settings.districtName;
  return atomResponse(
    buildAtomFeed({
      id: `${origin}${CONCERNS_FEED_PATH}`,
      title: tFeed("title", { district }),
      subtitle: tFeed("subtitle", { district, platform: settings.platformName }),
      baseUrl: `${origin}/`,
      selfUrl: `${origin}${CONCERNS_FEED_PATH}`,
      alternateUrl: `${origin}${CONCERNS_PATH}`,
      authorName: tFeed("author", { district }),
      language,
      fallbackUpdated: new Date(),
      entries: entries.map((entry) => participationEntry(origin, concernPath(entry.id), entry, tFeed("facts", { status: tStatus(entry.status), place: entry.localityName ?? "–" }))),
    }),
  );
}

export async function ideasFeedResponse(locale?: Locale): Promise<Response> {
  const { settings, language, origin } = await feedContext(locale);
  const [tFeed, tStatus, entries] = await Promise.all([getTranslations({ locale: language, namespace: "ideas.feed" }), getTranslations({ locale: language, namespace: "ideas.status" }), listIdeaFeedEntries()]);
  const district = settings.districtName;
  return atomResponse(
    buildAtomFeed({
      id: `${origin}${IDEAS_FEED_PATH}`,
      title: tFeed("title", { district }),
      subtitle: tFeed("subtitle", { district, platform: settings.platformName }),
      baseUrl: `${origin}/`,
      selfUrl: `${origin}${IDEAS_FEED_PATH}`,
      alternateUrl: `${origin}${IDEAS_PATH}`,
      authorName: tFeed("author", { district }),
      language,
      fallbackUpdated: new Date(),
      entries: entries.map((entry) =>
        participationEntry(
          origin,
          ideaPath(entry.id),
          entry,
          tFeed("facts", { status: tStatus(entry.status), place: entry.localityName ?? "–" }),
          entry.officialAnswer ? `<h2>${escapeXml(tFeed("answer"))}</h2>${textAsHtml(entry.officialAnswer)}` : "",
        ),
      ),
    }),
  );
}

/** A public space's posts; 404 for a space that is not public (a feed reader carries no session). */
export async function spaceFeedResponse(spaceId: string, locale?: Locale): Promise<Response> {
  const { language, origin } = await feedContext(locale);
  const [tFeed, feed] = await Promise.all([getTranslations({ locale: language, namespace: "spaces.feed" }), getPublicSpaceFeed(spaceId)]);
  if (!feed) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return atomResponse(
    buildAtomFeed({
      id: `${origin}${spaceFeedPath(feed.id)}`,
      title: tFeed("title", { space: feed.name }),
      subtitle: feed.summary,
      baseUrl: `${origin}/`,
      selfUrl: `${origin}${spaceFeedPath(feed.id)}`,
      alternateUrl: `${origin}${spacePath(feed.id)}`,
      authorName: feed.name,
      language,
      fallbackUpdated: new Date(),
      entries: feed.posts.map((post) => ({
        uuid: post.id,
        title: firstWords(post.body.replace(/[*_#>`~|]+/g, "").split("\n")[0] ?? "", 90),
        url: `${origin}${spacePostPath(feed.id, post.id)}`,
        published: post.createdAt,
        updated: post.editedAt ?? post.createdAt,
        summary: firstWords(post.body.replace(/[*_#>`~|]+/g, "")),
        contentHtml: post.bodyHtml,
        authorName: post.authorName ?? tFeed("deletedMember"),
        categories: [],
      })),
    }),
  );
}
