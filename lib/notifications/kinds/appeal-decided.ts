import { absoluteUrl } from "@/lib/config/public-origin";
import { decisionPath } from "@/lib/moderation/paths";
import type { KindDefinition } from "./types";

export const appealDecided: KindDefinition<"appeal_decided"> = {
  kind: "appeal_decided",
  essential: true,
  defaultChannel: "immediate",
  mail: (data, { t }) => ({
    subject: t("mail.moderation.appealDecided.subject"),
    paragraphs: [
      t(data.outcome === "reversed" ? "mail.moderation.appealDecided.reversed" : "mail.moderation.appealDecided.upheld"),
      ...(data.note ? [t("mail.moderation.appealDecided.note", { note: data.note })] : []),
    ],
    link: { label: t("mail.moderation.appealDecided.link"), url: absoluteUrl(decisionPath(data.decisionId)) },
  }),
};
