import "server-only";
// use-intl/core: no React, so the same code renders mail in the app, the worker and scripts alike.
import { createFormatter, createTranslator } from "use-intl/core";
import { absoluteUrl } from "@/lib/config/public-origin";
import { toLocale, type Locale } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { composeMail } from "@/lib/mail/compose";
import type { OutgoingMail } from "@/lib/mail/types";
import { DISTRICT_TIME_ZONE } from "@/lib/time/zone";
import { KINDS, type AnyNotification, type MailContext, type NotificationKind } from "./kinds";
import { NOTIFICATION_SETTINGS_PATH, NOTIFICATIONS_PATH, unsubscribePath } from "./paths";
import { isUnsubscribable } from "./preferences";
import { signUnsubscribeToken, type UnsubscribeScope } from "./unsubscribe-token";

export interface MailRecipient {
  userId: string;
  email: string;
  name: string | null;
  locale: string;
}

// One translator and formatter per language for the whole process: each keeps the messages it has
// compiled, so a digest run of 20,000 mails compiles every message once, not once per mail.
const perLocale = new Map<Locale, Pick<MailContext, "t" | "date">>();

function localeTools(locale: Locale) {
  let tools = perLocale.get(locale);
  if (!tools) {
    const format = createFormatter({ locale, timeZone: DISTRICT_TIME_ZONE });
    tools = { t: createTranslator({ locale, messages: messages[locale] }), date: (value) => format.dateTime(value, { dateStyle: "long", timeStyle: "short" }) };
    perLocale.set(locale, tools);
  }
  return tools;
}

export function mailContext(locale: Locale, recipientName: string | null, createdAt: Date): MailContext {
  return { locale, recipientName, createdAt, ...localeTools(locale) };
}

const unsubscribeUrl = (userId: string, kind: UnsubscribeScope) => absoluteUrl(unsubscribePath(signUnsubscribeToken({ userId, kind })));

/** The settings link on every mail; for a non-essential one also the unsubscribe link and the RFC 8058 headers. */
function footerAndHeaders(recipient: MailRecipient, context: MailContext, scope: UnsubscribeScope | null) {
  const footer = [{ text: context.t("mail.notification.settings", { url: "{url}" }), url: absoluteUrl(NOTIFICATION_SETTINGS_PATH) }];
  if (!scope) return { footer, headers: undefined };
  const url = unsubscribeUrl(recipient.userId, scope);
  footer.push({ text: context.t("mail.notification.unsubscribe", { url: "{url}" }), url });
  return { footer, headers: { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } };
}

function greeting({ t, recipientName }: MailContext) {
  return recipientName ? t("mail.notification.greetingNamed", { name: recipientName }) : t("mail.notification.greeting");
}

/** One notification as its own mail, in the recipient's language. */
export async function renderNotificationMail(recipient: MailRecipient, item: AnyNotification & { createdAt: Date }): Promise<OutgoingMail> {
  const context = mailContext(toLocale(recipient.locale), recipient.name, item.createdAt);
  const definition = KINDS[item.kind] as { mail: (data: unknown, context: MailContext) => ReturnType<(typeof KINDS)[NotificationKind]["mail"]> };
  const content = await definition.mail(item.data, context);
  const { footer, headers } = footerAndHeaders(recipient, context, isUnsubscribable(item.kind) ? item.kind : null);
  const mail = composeMail({
    to: recipient.email,
    locale: context.locale,
    subject: content.subject,
    paragraphs: [greeting(context), ...content.paragraphs, context.t("mail.notification.signature")],
    link: content.link,
    footer,
  });
  return headers ? { ...mail, headers } : mail;
}

export interface DigestGroup {
  kind: NotificationKind;
  threadTitle: string;
  count: number;
}

/** A digest: one line per thread ("3 neue Kommentare unter »Schulweg Dahmestraße«"), one unsubscribe link per kind. */
export function renderDigestMail(recipient: MailRecipient, period: "daily" | "weekly", groups: DigestGroup[]): OutgoingMail {
  const context = mailContext(toLocale(recipient.locale), recipient.name, new Date());
  const { t } = context;
  const lines = groups.map((group) => `• ${KINDS[group.kind].digestLine?.(group.count, group.threadTitle, context) ?? group.threadTitle}`);
  const { footer, headers } = footerAndHeaders(recipient, context, period);
  for (const kind of [...new Set(groups.map((g) => g.kind))]) {
    const url = unsubscribeUrl(recipient.userId, kind);
    footer.push({ text: t("mail.digest.unsubscribeKind", { kind: t(`notifications.preferences.kinds.${kind as "comment_reply"}.label`), url: "{url}" }), url });
  }
  const mail = composeMail({
    to: recipient.email,
    locale: context.locale,
    subject: t(period === "daily" ? "mail.digest.subjectDaily" : "mail.digest.subjectWeekly"),
    paragraphs: [greeting(context), t("mail.digest.intro"), lines.join("\n"), t("mail.notification.signature")],
    link: { label: t("mail.digest.link"), url: absoluteUrl(NOTIFICATIONS_PATH) },
    footer,
  });
  return { ...mail, headers };
}
