import { absoluteUrl } from "@/lib/config/public-origin";
import { spaceEventPath } from "@/lib/spaces/paths";
import type { KindDefinition } from "./types";

/** A place became free and the person moved up from the waiting list: they are now signed up. */
export const spaceEventPlace: KindDefinition<"space_event_place"> = {
  kind: "space_event_place",
  essential: false,
  defaultChannel: "immediate",
  mail: (data, { t }) => ({
    subject: t("mail.spaceEventPlace.subject"),
    paragraphs: [t("mail.spaceEventPlace.body")],
    link: { label: t("mail.spaceEventPlace.link"), url: absoluteUrl(spaceEventPath(data.spaceId, data.eventId)) },
  }),
  digestLine: (count, title, { t }) => t("mail.digest.space_event_place", { count, title }),
};
