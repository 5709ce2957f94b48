import { absoluteUrl } from "@/lib/config/public-origin";
import { spacePath } from "@/lib/spaces/paths";
import type { KindDefinition } from "./types";

/** An organiser cancelled a helper shift the person had signed up for. */
export const spaceShiftCancelled: KindDefinition<"space_shift_cancelled"> = {
  kind: "space_shift_cancelled",
  essential: false,
  defaultChannel: "immediate",
  mail: (data, { t }) => ({
    subject: t("mail.spaceShiftCancelled.subject"),
    paragraphs: [t("mail.spaceShiftCancelled.body", { title: data.title })],
    link: { label: t("mail.spaceShiftCancelled.link"), url: absoluteUrl(spacePath(data.spaceId)) },
  }),
  digestLine: (count, title, { t }) => t("mail.digest.space_shift_cancelled", { count, title }),
};
