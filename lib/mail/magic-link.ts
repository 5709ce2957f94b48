import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import type { OutgoingMail } from "./types";

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The sign-in mail, in the reader's language, with a plain-text part. */
export function magicLinkMail({ to, url, locale, minutes }: { to: string; url: string; locale: Locale; minutes: number }): OutgoingMail {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "mail.magicLink" });
  const host = new URL(url).host;
  const text = [t("greeting"), "", t("intro", { host }), "", url, "", t("validity", { minutes }), t("ignore"), "", t("signature")].join("\n");
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5;color:#1f2937">
<p>${escapeHtml(t("greeting"))}</p>
<p>${escapeHtml(t("intro", { host }))}</p>
<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 16px;background:#1d4ed8;color:#fff;text-decoration:none;border-radius:6px">${escapeHtml(t("button"))}</a></p>
<p style="font-size:14px">${escapeHtml(t("fallback"))}<br><span style="word-break:break-all">${escapeHtml(url)}</span></p>
<p style="font-size:14px">${escapeHtml(t("validity", { minutes }))} ${escapeHtml(t("ignore"))}</p>
<p>${escapeHtml(t("signature"))}</p>
</body></html>`;
  return { to, subject: t("subject"), text, html };
}
