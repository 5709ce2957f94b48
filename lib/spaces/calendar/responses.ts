import "server-only";
import { cookies } from "next/headers";
import { createTranslator } from "use-intl/core";
import { getSessionUser } from "@/lib/auth/session";
import { absoluteUrl } from "@/lib/config/public-origin";
import { getDistrictSettings } from "@/lib/district/queries";
import { LOCALE_COOKIE, toLocale, type Locale } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { can } from "@/lib/policy";
import { spaceEventPath } from "../paths";
import { loadSpaceFacts } from "../queries";
import { buildCalendar, ICS_CONTENT_TYPE, type CalendarEntry } from "./ics";
import { getCalendarEvent, getDistrictCalendar, getPersonalCalendar, getPublicSpaceCalendar, type CalendarEvent, type PersonalCalendarEvent } from "./queries";
import { calendarTokenHash } from "./personal-link";

/** How often a subscribed calendar asks again. */
const REFRESH_SECONDS = 60 * 60;

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

function icsResponse(body: string, { filename, shared }: { filename: string; shared: boolean }) {
  return new Response(body, {
    headers: {
      "Content-Type": ICS_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${filename}"`,
      // What only some may read stays out of shared caches.
      "Cache-Control": shared ? "public, max-age=300" : "private, no-store",
      ...(shared ? {} : { "X-Robots-Tag": "noindex" }),
    },
  });
}

/** The calendar's texts; plain translators (no request context), so the owner's language works for the secret feed too. */
const translator = (locale: Locale) => createTranslator({ locale, messages: messages[locale], namespace: "spaces.calendar" });
type Translate = ReturnType<typeof translator>;

/** The reader's language, as lib/i18n/request.ts finds it for a route: the language cookie (a calendar app sends none: German). */
const requestLocale = async () => toLocale((await cookies()).get(LOCALE_COOKIE)?.value);

function toEntry(event: CalendarEvent, t: Translate, note?: PersonalCalendarEvent["answer"]): CalendarEntry {
  const url = absoluteUrl(spaceEventPath(event.spaceId, event.id));
  const suffix = note === "waiting" ? ` (${t("waitingList")})` : note === "maybe" ? ` (${t("maybe")})` : "";
  return {
    id: event.id,
    summary: `${event.title}${suffix}`,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    location: event.localityName ? `${event.place}, ${event.localityName}` : event.place,
    description: [event.description, t("project", { space: event.spaceName }), url].filter(Boolean).join("\n\n"),
    url,
    createdAt: event.createdAt,
    tentative: note === "maybe" || note === "waiting",
  };
}

/** One event as a file, for whoever may read it ("space.read", as its page); 404 for anyone else. */
export async function eventCalendarResponse(spaceId: string, eventId: string): Promise<Response> {
  const viewer = await getSessionUser();
  const [facts, event, locale] = await Promise.all([loadSpaceFacts(spaceId, viewer?.id ?? null), getCalendarEvent(spaceId, eventId), requestLocale()]);
  if (!facts || !event || !can(viewer, "space.read", facts)) return notFound();
  const t = translator(locale);
  const body = buildCalendar({ name: event.title, entries: [toEntry(event, t)] });
  return icsResponse(body, { filename: "termin.ics", shared: facts.space.visibility === "public" });
}

/** A public space's events to subscribe to; 404 for a space that is not public (a calendar app carries no session). */
export async function spaceCalendarResponse(spaceId: string, locale?: Locale): Promise<Response> {
  const [calendar, language] = await Promise.all([getPublicSpaceCalendar(spaceId), locale ?? requestLocale()]);
  if (!calendar) return notFound();
  const t = translator(language);
  const body = buildCalendar({
    name: t("spaceName", { space: calendar.name }),
    description: calendar.summary,
    refreshSeconds: REFRESH_SECONDS,
    entries: calendar.events.map((event) => toEntry(event, t)),
  });
  return icsResponse(body, { filename: "kalender.ics", shared: true });
}

/** The district calendar (`/termine`) as a calendar to subscribe to, with the page's locality and topic filter. */
export async function districtCalendarResponse(filter: { localityId?: number; topicId?: number }, locale?: Locale): Promise<Response> {
  const [events, settings, language] = await Promise.all([getDistrictCalendar(filter), getDistrictSettings(), locale ?? requestLocale()]);
  const t = translator(language);
  const body = buildCalendar({
    name: t("districtName", { platform: settings.platformName }),
    refreshSeconds: REFRESH_SECONDS,
    entries: events.map((event) => toEntry(event, t)),
  });
  return icsResponse(body, { filename: "termine.ics", shared: true });
}

/** "Meine Termine" at its secret address `<token>.ics`, in the owner's language; 404 for an unknown or revoked token. */
export async function personalCalendarResponse(file: string): Promise<Response> {
  const hash = file.endsWith(".ics") ? calendarTokenHash(file.slice(0, -".ics".length)) : null;
  const calendar = hash ? await getPersonalCalendar(hash) : null;
  if (!calendar) return notFound();
  const t = translator(toLocale(calendar.locale));
  const settings = await getDistrictSettings();
  const body = buildCalendar({
    name: t("personalName", { platform: settings.platformName }),
    refreshSeconds: REFRESH_SECONDS,
    entries: calendar.events.map((event) => toEntry(event, t, event.answer === "yes" ? undefined : event.answer)),
  });
  return icsResponse(body, { filename: "meine-termine.ics", shared: false });
}
