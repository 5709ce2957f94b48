import { absoluteUrl } from "@/lib/config/public-origin";
import { announcementPath } from "@/lib/announcements/paths";
import type { KindDefinition } from "./types";

/** An announcement for a locality or topic the person follows became visible. */
export const announcementPublished: KindDefinition<"announcement_published"> = {
  kind: "announcement_published",
  essential: false,
  defaultChannel: "daily",
  mail: (data, { t }) => ({
    subject: t("mail.announcementPublished.subject"),
    paragraphs: [t("mail.announcementPublished.body")],
    link: { label: t("mail.announcementPublished.link"), url: absoluteUrl(announcementPath(data.announcementId)) },
  }),
  digestLine: (count, title, { t }) => t("mail.digest.announcement_published", { count, title }),
};
