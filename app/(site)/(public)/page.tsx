import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AnnouncementList } from "@/components/announcements/announcement-list";
import { AnnouncementPagination } from "@/components/announcements/announcement-pagination";
import { FilterForm } from "@/components/forms/filter-form";
import { timeTag } from "@/components/announcements/time-tag";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { listMeinKiez } from "@/lib/announcements/mein-kiez";
import { announcementPath, ANNOUNCEMENTS_PATH } from "@/lib/announcements/paths";
import { listAnnouncements, listEndingAnnouncements } from "@/lib/announcements/queries";
import { CONTENT_LOCALE } from "@/lib/i18n/config";
import { SEARCH_QUERY_MAX_LENGTH } from "@/lib/search/schemas";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { getDistrictSettings, listLocalities } from "@/lib/district/queries";
import { getFollowedInterests } from "@/lib/interests/queries";
import { can } from "@/lib/policy";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { MeinKiezParticipation, type MeinKiezParticipationData } from "@/components/home/mein-kiez-participation";
import { getAnswerDays, listPublicConcerns } from "@/lib/concerns/queries";
import { getIdeaSettings, listPublicIdeas } from "@/lib/ideas/queries";
import { listMySpaceEvents, listMySpacePosts } from "@/lib/spaces/mein-kiez";


/** Where "Mein Kiez" is chosen: the section on the settings page. */
const INTERESTS_PATH = "/einstellungen#mein-kiez";
/** The query parameter carrying Mein Kiez's keyset cursor. */
const PAGE_PARAM = "nach";
const SEARCH_PATH = "/suche";
/** How many of the newest announcements the visitors' home page shows, and how many that end soon. */
const LATEST_COUNT = 5;
const ENDING_COUNT = 3;

async function currentMember() {
  const user = await getSessionUser();
  return can(user, "area.member") ? user : null;
}

export async function generateMetadata(): Promise<Metadata> {
  const [member, settings] = await Promise.all([currentMember(), getDistrictSettings()]);
  if (member) return { title: (await getTranslations("announcements.meinKiez"))("title") };
  return { title: (await getTranslations("common.home"))("title", { district: settings.districtName }) };
}

/** How many concerns and ideas of the person's localities Mein Kiez shows. */
const PARTICIPATION_COUNT = 5;

/** Mein Kiez's other sections: a constant number of queries, whatever the person follows. */
async function loadParticipation(userId: string, localityIds: number[]): Promise<MeinKiezParticipationData> {
  const follows = localityIds.length > 0;
  const [posts, events, concerns, ideas, answerDays, ideaSettings] = await Promise.all([
    listMySpacePosts(userId),
    listMySpaceEvents(userId),
    follows ? listPublicConcerns({ localityIds, limit: PARTICIPATION_COUNT }).then((page) => page.items) : null,
    follows ? listPublicIdeas({ localityIds, limit: PARTICIPATION_COUNT }).then((page) => page.items) : null,
    getAnswerDays(),
    getIdeaSettings(),
  ]);
  return { posts, events, concerns, ideas, answerDays, ideaAnswerDays: ideaSettings.answerDays };
}

/** The home page: for visitors what is happening (newest, ending soon, a search field); for members, "Mein Kiez". */
export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const member = await currentMember();
  return member ? <MeinKiez member={member} searchParams={searchParams} /> : <VisitorHome />;
}

async function MeinKiez({ member, searchParams }: { member: SessionUser; searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const cursorParam = params[PAGE_PARAM];
  const cursor = firstParam(cursorParam);
  const [t, tHome, localities, followed, page] = await Promise.all([
    getTranslations("announcements.meinKiez"),
    getTranslations("common.home"),
    listLocalities(),
    getFollowedInterests(member.id),
    listMeinKiez({ userId: member.id, cursor }),
  ]);
  const participation = await loadParticipation(
    member.id,
    followed.localities.map((l) => l.id),
  );
  const home = localities.find((l) => l.id === member.localityId)?.name;
  const followsNothing = followed.localities.length === 0 && followed.topics.length === 0;
  const names = (list: Array<{ name: string }>) => (list.length > 0 ? list.map((e) => e.name).join(", ") : t("none"));

  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="welcome" className="flex flex-col gap-3">
        <h1 id="welcome">{tHome("welcome", { name: member.displayName ?? member.email })}</h1>
        <p>{tHome("welcomeText", { locality: home ?? "–" })}</p>
        <p>{member.verification === "verified" ? tHome("verifiedHint") : tHome("unverifiedHint")}</p>
      </section>

      <section aria-labelledby="mein-kiez" className="flex flex-col gap-4">
        <h2 id="mein-kiez">{t("title")}</h2>
        <p>{t("intro")}</p>
        <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2 rounded-lg border border-slate-300 bg-slate-50 px-4 py-3">
          <dl className="flex flex-col gap-1 text-sm">
            <div className="flex flex-wrap gap-x-1">
              <dt className="font-medium">{t("localities")}</dt>
              <dd>{names(followed.localities)}</dd>
            </div>
            <div className="flex flex-wrap gap-x-1">
              <dt className="font-medium">{t("topics")}</dt>
              <dd>{names(followed.topics)}</dd>
            </div>
          </dl>
          <Link href={INTERESTS_PATH} className="text-sm font-medium">
            {t("change")}
          </Link>
        </div>
        <AnnouncementList
          items={page.items}
          label={t("listLabel")}
          empty={
            <div className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-6">
              <h3 className="text-lg font-semibold">{t("emptyTitle")}</h3>
              <p>{followsNothing ? t("emptyNothingFollowed") : t("emptyFollowing")}</p>
              <ul className="flex flex-wrap gap-x-6 gap-y-2">
                <li>
                  <Link href={INTERESTS_PATH} className="font-medium">
                    {t("toSettings")}
                  </Link>
                </li>
                <li>
                  <Link href={ANNOUNCEMENTS_PATH}>{t("toAll")}</Link>
                </li>
              </ul>
            </div>
          }
        />
        <AnnouncementPagination nextHref={page.nextCursor ? `/?${PAGE_PARAM}=${encodeURIComponent(page.nextCursor)}` : null} firstHref={cursor ? "/" : null} />
        {page.items.length > 0 && (
          <p>
            <Link href={ANNOUNCEMENTS_PATH}>{t("allLink")}</Link>
          </p>
        )}
      </section>
      <MeinKiezParticipation data={participation} />
    </div>
  );
}

async function VisitorHome() {
  const [settings, t, tSearch, latest, ending] = await Promise.all([
    getDistrictSettings(),
    getTranslations("common.home"),
    getTranslations("announcements.search"),
    listAnnouncements({ limit: LATEST_COUNT }),
    listEndingAnnouncements({ limit: ENDING_COUNT }),
  ]);
  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="intro" className="flex flex-col gap-4">
        <h1 id="intro">{t("title", { district: settings.districtName })}</h1>
        <p className="text-lg">{t("intro", { district: settings.districtName })}</p>
        <FilterForm action={SEARCH_PATH} role="search" aria-label={tSearch("landmark")} className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <div className="flex-1">
            <TextField label={tSearch("label")} type="search" name="q" maxLength={SEARCH_QUERY_MAX_LENGTH} required />
          </div>
          <div>
            <Button type="submit">{tSearch("submit")}</Button>
          </div>
        </FilterForm>
      </section>

      <section aria-labelledby="latest" className="flex flex-col gap-4">
        <h2 id="latest">{t("latestTitle")}</h2>
        <AnnouncementList items={latest.items} empty={<p>{t("latestEmpty")}</p>} />
        {latest.items.length > 0 && (
          <p>
            <Link href={ANNOUNCEMENTS_PATH} className="font-medium">
              {t("allLink")}
            </Link>
          </p>
        )}
      </section>

      {ending.length > 0 && (
        <section aria-labelledby="ending" className="flex flex-col gap-3">
          <h2 id="ending">{t("endingTitle")}</h2>
          <p>{t("endingIntro")}</p>
          <ul className="flex flex-col gap-2">
            {ending.map((item) => (
              <li key={item.id} className="flex flex-col gap-x-3 sm:flex-row sm:flex-wrap sm:items-baseline">
                <Link href={announcementPath(item.id)} className="font-medium" lang={CONTENT_LOCALE}>
                  {item.title}
                </Link>
                <span className="text-sm text-slate-700">{t.rich("endingUntil", { date: item.expiresAt, time: timeTag(item.expiresAt) })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="join" className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-6">
        <h2 id="join">{t("joinTitle")}</h2>
        <p>{t("joinText")}</p>
        <p className="flex flex-wrap gap-4">
          <Link href="/mitmachen" className="inline-flex min-h-11 items-center rounded-md bg-blue-800 px-4 py-2 font-medium text-white no-underline hover:bg-blue-900 hover:text-white">
            {t("joinCta")}
          </Link>
          <Link href="/anmelden" className="inline-flex min-h-11 items-center px-1 py-2">
            {t("signInCta")}
          </Link>
        </p>
        <h3 className="mt-2 text-lg font-semibold">{t("promises.title")}</h3>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t("promises.privacy")}</li>
          <li>{t("promises.identity")}</li>
          <li>{t("promises.moderation")}</li>
          <li>{t("promises.access")}</li>
        </ul>
      </section>
    </div>
  );
}
