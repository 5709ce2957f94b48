import { absoluteUrl } from "@/lib/config/public-origin";
import { mediationPath } from "@/lib/mediation/paths";
import type { KindDefinition } from "./types";

// Mediation is run by the moderation team: its mails carry the same greeting and signature.
export const mediationOpened: KindDefinition<"mediation_opened"> = {
  kind: "mediation_opened",
  essential: true,
  defaultChannel: "immediate",
  mail: (data, { t }) => ({
    subject: t("mail.moderation.mediationOpened.subject"),
    paragraphs: [t("mail.moderation.mediationOpened.body", { title: data.title })],
    link: { label: t("mail.moderation.mediationOpened.link"), url: absoluteUrl(mediationPath(data.caseId)) },
  }),
};
