import { absoluteUrl } from "@/lib/config/public-origin";
import { decisionPath } from "@/lib/moderation/paths";
import type { KindDefinition } from "./types";

export const appealReceived: KindDefinition<"appeal_received"> = {
  kind: "appeal_received",
  essential: true,
  defaultChannel: "immediate",
  mail: (data, { t }) => ({
    subject: t("mail.moderation.appealReceived.subject"),
    paragraphs: [t("mail.moderation.appealReceived.body")],
    link: { label: t("mail.moderation.appealDecided.link"), url: absoluteUrl(decisionPath(data.decisionId)) },
  }),
};
