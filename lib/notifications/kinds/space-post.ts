import { absoluteUrl } from "@/lib/config/public-origin";
import { spacePostPath } from "@/lib/spaces/paths";
import type { KindDefinition } from "./types";

/** A new post in a space the person belongs to, follows, or is the administration's partner of. */
export const spacePost: KindDefinition<"space_post"> = {
  kind: "space_post",
  essential: false,
  defaultChannel: "daily",
  mail: (data, { t }) => ({
    subject: t("mail.spacePost.subject"),
    paragraphs: [t("mail.spacePost.body")],
    link: { label: t("mail.spacePost.link"), url: absoluteUrl(spacePostPath(data.spaceId, data.postId)) },
  }),
  digestLine: (count, title, { t }) => t("mail.digest.space_post", { count, title }),
};
