import { absoluteUrl } from "@/lib/config/public-origin";
import { SETTINGS_PATH } from "@/lib/users/paths";
import type { KindDefinition } from "./types";

/** Tells the account's owner that its password was set or changed, with the way out if it was not them. */
export const passwordChanged: KindDefinition<"password_changed"> = {
  kind: "password_changed",
  essential: true,
  defaultChannel: "immediate",
  mail: (_data, { t }) => ({
    subject: t("mail.passwordChanged.subject"),
    paragraphs: [t("mail.passwordChanged.body"), t("mail.passwordChanged.notYou")],
    link: { label: t("mail.passwordChanged.button"), url: absoluteUrl(SETTINGS_PATH) },
  }),
};
