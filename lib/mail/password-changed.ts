import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { composeMail } from "./compose";
import type { OutgoingMail } from "./types";

/** Tells the account's owner that its password was set or changed, with the way out if it was not them. */
export function passwordChangedMail({ to, name, locale, settingsUrl }: { to: string; name: string | null; locale: Locale; settingsUrl: string }): OutgoingMail {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "mail.passwordChanged" });
  return composeMail({
    to,
    locale,
    subject: t("subject"),
    paragraphs: [name ? t("greetingNamed", { name }) : t("greeting"), t("body"), t("notYou"), t("signature")],
    link: { label: t("button"), url: settingsUrl },
  });
}
