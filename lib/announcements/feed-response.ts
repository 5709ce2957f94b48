import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { getDistrictSettings } from "@/lib/district/queries";
import { ATOM_CONTENT_TYPE, buildAtomFeed } from "./feed";
import { originOfRequest } from "@/lib/http/origin";
import { ANNOUNCEMENTS_PATH, announcementPath, localityFeedPath, localityListPath, WHOLE_DISTRICT_FEED_PATH } from "./paths";
import type { Locality } from "@/lib/district/queries";
import type { Locale } from "@/lib/i18n/config";
import { announcementInLocalities, listFeedEntries } from "./queries";

/**
 * The Atom feed of the whole district, or of one locality (which includes whole-district announcements),
 * in the reader's language — or in `locale`, for the visitors' cached copy, which reads no cookie.
 */
export async function atomFeedResponse(request: Request, locality?: Locality, locale?: Locale): Promise<Response> {
  const origin = originOfRequest();
  const [settings, t, tUnit, language, entries] = await Promise.all([
    getDistrictSettings(),
    locale ? getTranslations({ locale, namespace: "announcements.feed" }) : getTranslations("announcements.feed"),
    locale ? getTranslations({ locale, namespace: "announcements.unit" }) : getTranslations("announcements.unit"),
    locale ?? getLocale(),
    listFeedEntries({ where: locality ? announcementInLocalities([locality.id]) : undefined }),
  ]);
  const district = settings.districtName;
  const selfPath = locality ? localityFeedPath(locality.slug) : WHOLE_DISTRICT_FEED_PATH;
  const xml = buildAtomFeed({
    id: `${origin}${selfPath}`,
    title: locality ? t("titleLocality", { locality: locality.name, district }) : t("title", { district }),
    subtitle: t("subtitle", { district, platform: settings.platformName }),
    baseUrl: `${origin}/`,
    selfUrl: `${origin}${selfPath}`,
    alternateUrl: `${origin}${locality ? localityListPath(locality.slug) : ANNOUNCEMENTS_PATH}`,
    authorName: tUnit("districtOnly", { district }),
    language,
    fallbackUpdated: new Date(),
    entries: entries.map((entry) => ({
      uuid: entry.id,
      title: entry.title,
      url: `${origin}${announcementPath(entry.id)}`,
      published: entry.publishAt,
      updated: entry.editedAt ?? entry.publishAt,
      summary: entry.summary,
      contentHtml: entry.bodyHtml,
      authorName: entry.departmentName ? tUnit("withDepartment", { district, department: entry.departmentName }) : tUnit("districtOnly", { district }),
      categories: entry.topicNames,
    })),
  });
  return new Response(xml, { headers: { "Content-Type": ATOM_CONTENT_TYPE, "Cache-Control": "public, max-age=300" } });
}
