import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { spaceEventPath } from "@/lib/spaces/paths";
import type { SpaceEventItem } from "@/lib/spaces/queries";
import { DISTRICT_TIME_ZONE } from "@/lib/time/zone";

/** "19 von 50 Plätzen belegt", or the count without a limit. */
export async function placesLabel(event: Pick<SpaceEventItem, "taken" | "capacity" | "waiting">) {
  const t = await getTranslations("spaces");
  const places = event.capacity === null ? t("events.attending", { count: event.taken }) : t("events.places", { taken: event.taken, capacity: event.capacity });
  return event.waiting > 0 ? `${places} · ${t("events.waiting", { count: event.waiting })}` : places;
}

export async function SpaceEvents({ spaceId, events }: { spaceId: string; events: SpaceEventItem[] }) {
  const [t, format] = await Promise.all([getTranslations("spaces"), getFormatter()]);
  const labels = await Promise.all(events.map((event) => placesLabel(event)));
  return (
    <section aria-labelledby="termine" className="flex flex-col gap-3">
      <h2 id="termine">{t("events.title")}</h2>
      {events.length === 0 ? (
        <p>{t("events.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {events.map((event, index) => (
            <li key={event.id} className="rounded-md border border-slate-300 p-3">
              <h3 className="text-base font-semibold">
                <Link href={spaceEventPath(spaceId, event.id)}>{event.title}</Link>
              </h3>
              <p>
                <time dateTime={event.startsAt.toISOString()}>
                  {format.dateTime(event.startsAt, { dateStyle: "full", timeStyle: "short", timeZone: DISTRICT_TIME_ZONE })}
                </time>
                {" · "}
                {event.place}
              </p>
              <p className="text-sm text-slate-700">
                {labels[index]}
                {event.answer && ` · ${t(`events.yourAnswer.${event.answer}`)}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
