import type { Locale } from "./config";
import type { Messages } from "./messages";

/**
 * errors.page for app/global-error.tsx, which replaces the root layout and so has no NextIntl
 * provider. Inline rather than imported from the message files: global-error is in every page's
 * client bundle, and these few strings are all it needs. tests/unit/error-pages.test.tsx keeps them
 * equal to lib/i18n/messages/<locale>/errors.json.
 */
export const errorPageMessages: Record<Locale, Messages["errors"]["page"]> = {
  de: {
    title: "Da ist etwas schiefgegangen",
    text: "Diese Seite konnte gerade nicht angezeigt werden. Bitte versuche es noch einmal – oft klappt es beim zweiten Versuch.",
    retry: "Erneut versuchen",
    home: "Zur Startseite",
    reference: "Fehlernummer für Rückfragen: {digest}",
  },
  en: {
    title: "Something went wrong",
    text: "This page could not be shown just now. Please try again – it often works the second time.",
    retry: "Try again",
    home: "Go to the home page",
    reference: "Error number for enquiries: {digest}",
  },
};
