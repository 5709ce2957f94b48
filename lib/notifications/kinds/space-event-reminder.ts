import { absoluteUrl } from "@/lib/config/public-origin";
import { spaceEventPath } from "@/lib/spaces/paths";
import type { KindDefinition } from "./types";

/** An event the person has a place at begins within 24 hours. */
export const spaceEventReminder: KindDefinition<"space_event_reminder"> = {
  kind: "space_event_reminder",
  essential: false,
  defaultChannel: "immediate",
  mail: (data, { t, date }) => ({
    subject: t("mail.spaceEventReminder.subject"),
    paragraphs: [t("mail.spaceEventReminder.body", { when: date(new Date(data.startsAt)) })],
    link: { label: t("mail.spaceEventReminder.link"), url: absoluteUrl(spaceEventPath(data.spaceId, data.eventId)) },
  }),
  digestLine: (count, title, { t }) => t("mail.digest.space_event_reminder", { count, title }),
};
