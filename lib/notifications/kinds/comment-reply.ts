import { absoluteUrl } from "@/lib/config/public-origin";
import { announcementPath } from "@/lib/announcements/paths";
import type { KindDefinition } from "./types";

/** A new comment under an announcement the person commented on (comments are one flat thread). */
export const commentReply: KindDefinition<"comment_reply"> = {
  kind: "comment_reply",
  essential: false,
  defaultChannel: "daily",
  mail: (data, { t }) => ({
    subject: t("mail.commentReply.subject"),
    paragraphs: [t("mail.commentReply.body")],
    link: { label: t("mail.commentReply.link"), url: absoluteUrl(announcementPath(data.announcementId)) },
  }),
  digestLine: (count, title, { t }) => t("mail.digest.comment_reply", { count, title }),
};
