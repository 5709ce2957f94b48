import { absoluteUrl } from "@/lib/config/public-origin";
import { exportDownloadPath } from "@/lib/privacy/paths";
import type { KindDefinition } from "./types";

/** The person's copy of their data is built: the download link (only for them, signed in) works for 7 days. */
export const exportReady: KindDefinition<"export_ready"> = {
  kind: "export_ready",
  essential: true,
  defaultChannel: "immediate",
  mail: (data, { t, date }) => ({
    subject: t("mail.exportReady.subject"),
    paragraphs: [t("mail.exportReady.body", { until: date(new Date(data.expiresAt)) }), t("mail.exportReady.onlyYou")],
    link: { label: t("mail.exportReady.button"), url: absoluteUrl(exportDownloadPath(data.exportId)) },
  }),
};
