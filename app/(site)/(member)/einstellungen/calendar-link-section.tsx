import { getFormatter, getTranslations } from "next-intl/server";
import { getPersonalCalendarLink } from "@/lib/spaces/calendar/personal-link";
import { PERSONAL_CALENDAR_SECTION_ID } from "@/lib/spaces/paths";
import { DISTRICT_TIME_ZONE } from "@/lib/time/zone";
import { CalendarLinkForm } from "./calendar-link-form";

/** "Meine Termine als Kalender abonnieren" in the settings: the secret link, created, replaced or revoked here. */
export async function CalendarLinkSection({ userId }: { userId: string }) {
  const [t, format, link] = await Promise.all([getTranslations("spaces.calendarLink"), getFormatter(), getPersonalCalendarLink(userId)]);
  return (
    <section aria-labelledby={PERSONAL_CALENDAR_SECTION_ID} className="flex scroll-mt-4 flex-col gap-4">
      <h2 id={PERSONAL_CALENDAR_SECTION_ID}>{t("title")}</h2>
      <p>{t("intro")}</p>
      <p>{t("privacy")}</p>
      <CalendarLinkForm createdOn={link ? format.dateTime(link.createdAt, { dateStyle: "long", timeStyle: "short", timeZone: DISTRICT_TIME_ZONE }) : null} />
    </section>
  );
}
