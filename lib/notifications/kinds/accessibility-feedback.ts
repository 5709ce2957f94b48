import { absoluteUrl } from "@/lib/config/public-origin";
import { ADMIN_ACCESSIBILITY_FEEDBACK_PATH } from "@/lib/privacy/paths";
import type { KindDefinition } from "./types";

/**
 * Tells the admins that a message came in through the accessibility statement's form (BIKTG: the
 * feedback reaches the district). The mail names no content: the message and its contact stay on the platform.
 */
export const accessibilityFeedback: KindDefinition<"accessibility_feedback"> = {
  kind: "accessibility_feedback",
  essential: true,
  defaultChannel: "immediate",
  mail: (_data, { t }) => ({
    subject: t("mail.accessibilityFeedback.subject"),
    paragraphs: [t("mail.accessibilityFeedback.body")],
    link: { label: t("mail.accessibilityFeedback.button"), url: absoluteUrl(ADMIN_ACCESSIBILITY_FEEDBACK_PATH) },
  }),
};
