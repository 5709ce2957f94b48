import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { placesLabel } from "@/components/spaces/space-events";
import { RsvpForm } from "@/components/spaces/rsvp-form";
import { AttachmentList } from "@/components/uploads/attachment-list";
import { AttachmentManager } from "@/components/uploads/attachment-manager";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";
import { PERSONAL_CALENDAR_SECTION_ID, spaceEventCalendarPath, spacePath } from "@/lib/spaces/paths";
import { SETTINGS_PATH } from "@/lib/users/paths";
import { getSpace, getSpaceEvent } from "@/lib/spaces/queries";
import { DISTRICT_TIME_ZONE } from "@/lib/time/zone";
import { listAttachments } from "@/lib/uploads/queries";

type Params = Promise<{ spaceId: string; eventId: string }>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function load(params: Params) {
  const [{ spaceId, eventId }, viewer] = await Promise.all([params, getSessionUser()]);
  if (!UUID.test(spaceId) || !UUID.test(eventId)) return null;
  const [space, event] = await Promise.all([getSpace(spaceId, viewer?.id ?? null), getSpaceEvent(spaceId, eventId, viewer?.id ?? null)]);
  // Nothing of a private space's events for those outside it.
  if (!space || !event || !can(viewer, "space.read", { space })) return null;
  return { viewer, space, event };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const loaded = await load(params);
  return { title: loaded ? loaded.event.title : (await getTranslations("common.notFound"))("title") };
}

export default async function SpaceEventPage({ params }: { params: Params }) {
  const loaded = await load(params);
  if (!loaded) notFound();
  const { viewer, space, event } = loaded;
  const [t, tDetail, tCalendar, format, attachments] = await Promise.all([
    getTranslations("spaces.events"),
    getTranslations("spaces.detail"),
    getTranslations("spaces.calendar"),
    getFormatter(),
    listAttachments("space_event", event.id),
  ]);
  const when = { dateStyle: "full", timeStyle: "short", timeZone: DISTRICT_TIME_ZONE } as const;
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <p>
        <Link href={spacePath(space.id)} className="inline-flex min-h-11 items-center">
          {t("back", { name: space.name })}
        </Link>
      </p>
      <h1 className="[overflow-wrap:anywhere]">{event.title}</h1>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t("when")}</dt>
        <dd>
          <time dateTime={event.startsAt.toISOString()}>{format.dateTime(event.startsAt, when)}</time> –{" "}
          <time dateTime={event.endsAt.toISOString()}>{format.dateTime(event.endsAt, when)}</time>
        </dd>
        <dt className="font-medium">{t("where")}</dt>
        <dd>
          {event.place}
          {event.localityName && ` (${event.localityName})`}
        </dd>
        <dt className="font-medium">{t("placesTitle")}</dt>
        <dd>{await placesLabel(event)}</dd>
      </dl>
      <p>
        {/* A download, not a page: the file opens in the calendar app. */}
        <a href={spaceEventCalendarPath(space.id, event.id)} type="text/calendar" download className="inline-flex min-h-11 items-center">
          {tCalendar("eventLink")}
        </a>
      </p>
      {event.description && <p className="whitespace-pre-line [overflow-wrap:anywhere]">{event.description}</p>}
      {can(viewer, "space.event.manage", { space }) ? (
        <AttachmentManager ownerType="space_event" ownerId={event.id} attachments={attachments} intro={tDetail(`photosIntro.${space.visibility}`)} />
      ) : (
        <AttachmentList attachments={attachments} />
      )}
      {event.namedAttendees.length > 0 && (
        <section aria-labelledby="teilnehmende" className="flex flex-col gap-2">
          <h2 id="teilnehmende">{t("attendees")}</h2>
          <p>{event.namedAttendees.join(", ")}</p>
          {event.taken > event.namedAttendees.length && <p className="text-sm text-slate-700">{t("othersHidden", { count: event.taken - event.namedAttendees.length })}</p>}
        </section>
      )}
      {can(viewer, "space.event.rsvp", { space }) && (
        <section aria-labelledby="zusage" className="flex flex-col gap-3 rounded-md border border-slate-300 p-4">
          <h2 id="zusage">{t("rsvpTitle")}</h2>
          <p role="status">
            {event.answer === "waiting" ? t("waitingPosition", { position: event.waitingPosition ?? 1 }) : event.answer ? t(`yourAnswer.${event.answer}`) : t("noAnswer")}
          </p>
          <RsvpForm spaceId={space.id} eventId={event.id} showName={event.showName} />
          <p className="text-sm">
            <Link href={`${SETTINGS_PATH}#${PERSONAL_CALENDAR_SECTION_ID}`} className="inline-flex min-h-11 items-center">
              {tCalendar("personalLink")}
            </Link>
          </p>
        </section>
      )}
    </div>
  );
}
