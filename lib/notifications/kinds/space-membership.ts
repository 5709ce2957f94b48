import { absoluteUrl } from "@/lib/config/public-origin";
import { spaceMembersPath, spacePath } from "@/lib/spaces/paths";
import type { KindDefinition } from "./types";

/** A change in someone's membership of a space: a request to organisers, its answer, an invitation. */
export const spaceMembership: KindDefinition<"space_membership"> = {
  kind: "space_membership",
  essential: false,
  defaultChannel: "immediate",
  mail: (data, { t }) => ({
    subject: t(`mail.spaceMembership.${data.change}.subject`),
    paragraphs: [t(`mail.spaceMembership.${data.change}.body`), ...(data.message ? [t("mail.spaceMembership.message", { message: data.message })] : [])],
    link: {
      label: t("mail.spaceMembership.link"),
      url: absoluteUrl(data.change === "requested" ? spaceMembersPath(data.spaceId) : spacePath(data.spaceId)),
    },
  }),
  digestLine: (count, title, { t }) => t("mail.digest.space_membership", { count, title }),
};
