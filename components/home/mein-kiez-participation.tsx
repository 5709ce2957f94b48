import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AnnouncementBody } from "@/components/announcements/announcement-body";
import { ConcernList } from "@/components/concerns/concern-list";
import { IdeaList } from "@/components/ideas/idea-list";
import { concernPath, CONCERNS_PATH } from "@/lib/concerns/paths";
import type { ConcernListItem } from "@/lib/concerns/queries";
import { IDEAS_PATH } from "@/lib/ideas/paths";
import type { IdeaListItem } from "@/lib/ideas/queries";
import type { MySpaceEvent, MySpacePost } from "@/lib/spaces/mein-kiez";
import { MY_SHIFTS_PATH, spaceEventPath, spacePostPath, SPACES_PATH, VOLUNTEER_PATH } from "@/lib/spaces/paths";
import { DISTRICT_TIME_ZONE } from "@/lib/time/zone";

export interface MeinKiezParticipationData {
  posts: MySpacePost[];
  events: MySpaceEvent[];
  /** null when the person follows no locality: concerns and ideas are matched by locality. */
  concerns: ConcernListItem[] | null;
  ideas: IdeaListItem[] | null;
  answerDays: number;
  ideaAnswerDays: number;
}

/** Mein Kiez beyond announcements: news and coming events of my spaces, concerns and ideas in my localities. */
export async function MeinKiezParticipation({ data }: { data: MeinKiezParticipationData }) {
  const [t, format] = await Promise.all([getTranslations("announcements.meinKiez.participation"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "full", timeStyle: "short", timeZone: DISTRICT_TIME_ZONE });
  const noSpaces = (
    <p>
      {t("noSpaces")} <Link href={SPACES_PATH}>{t("toSpaces")}</Link>
    </p>
  );
  return (
    <>
      <section aria-labelledby="mein-kiez-beitraege" className="flex flex-col gap-4">
        <h2 id="mein-kiez-beitraege">{t("postsTitle")}</h2>
        {data.posts.length === 0 ? (
          noSpaces
        ) : (
          <ul className="flex flex-col gap-4">
            {data.posts.map((post) => (
              <li key={post.id} className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-4">
                <h3 className="text-lg font-semibold [overflow-wrap:anywhere]">
                  <Link href={spacePostPath(post.spaceId, post.id)}>{t("postIn", { space: post.spaceName })}</Link>
                </h3>
                <p className="text-sm text-slate-700">
                  {post.authorName ?? t("deletedMember")} · <time dateTime={post.createdAt.toISOString()}>{when(post.createdAt)}</time>
                </p>
                <AnnouncementBody html={post.bodyHtml} className="line-clamp-4" />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="mein-kiez-termine" className="flex flex-col gap-4">
        <h2 id="mein-kiez-termine">{t("eventsTitle")}</h2>
        {data.events.length === 0 ? (
          <p>{t("noEvents")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {data.events.map((event) => (
              <li key={event.id} className="flex flex-col gap-1 rounded-lg border border-slate-300 bg-white p-4">
                <h3 className="text-lg font-semibold [overflow-wrap:anywhere]">
                  <Link href={spaceEventPath(event.spaceId, event.id)}>{event.title}</Link>
                </h3>
                <p>
                  <time dateTime={event.startsAt.toISOString()}>{when(event.startsAt)}</time> · {event.place}
                </p>
                <p className="text-sm text-slate-700">
                  {event.spaceName}
                  {event.answer && ` · ${t(`answer.${event.answer}`)}`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="mein-kiez-mithelfen" className="flex flex-col gap-2">
        <h2 id="mein-kiez-mithelfen">{t("shiftsTitle")}</h2>
        <ul className="flex flex-wrap gap-x-6">
          <li>
            <Link href={MY_SHIFTS_PATH} className="inline-flex min-h-11 items-center">
              {t("myShifts")}
            </Link>
          </li>
          <li>
            <Link href={VOLUNTEER_PATH} className="inline-flex min-h-11 items-center">
              {t("openShifts")}
            </Link>
          </li>
        </ul>
      </section>
      <section aria-labelledby="mein-kiez-anliegen" className="flex flex-col gap-4">
        <h2 id="mein-kiez-anliegen">{t("concernsTitle")}</h2>
        {data.concerns === null ? (
          <p>{t("followLocalities")}</p>
        ) : (
          <ConcernList items={data.concerns} answerDays={data.answerDays} href={concernPath} empty={<p>{t("noConcerns")}</p>} />
        )}
        <p>
          <Link href={CONCERNS_PATH}>{t("allConcerns")}</Link>
        </p>
      </section>
      <section aria-labelledby="mein-kiez-ideen" className="flex flex-col gap-4">
        <h2 id="mein-kiez-ideen">{t("ideasTitle")}</h2>
        {data.ideas === null ? <p>{t("followLocalities")}</p> : <IdeaList items={data.ideas} answerDays={data.ideaAnswerDays} empty={<p>{t("noIdeas")}</p>} />}
        <p>
          <Link href={IDEAS_PATH}>{t("allIdeas")}</Link>
        </p>
      </section>
    </>
  );
}
