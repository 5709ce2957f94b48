import { absoluteUrl } from "@/lib/config/public-origin";
import { mediationPath } from "@/lib/mediation/paths";
import type { KindDefinition } from "./types";

export const mediationClosed: KindDefinition<"mediation_closed"> = {
  kind: "mediation_closed",
  essential: true,
  defaultChannel: "immediate",
  mail: (data, { t }) => ({
    subject: t("mail.moderation.mediationClosed.subject"),
    paragraphs: [t("mail.moderation.mediationClosed.body", { title: data.title, outcome: data.outcome ?? "" })],
    link: { label: t("mail.moderation.mediationClosed.link"), url: absoluteUrl(mediationPath(data.caseId)) },
  }),
};
