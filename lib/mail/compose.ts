import type { OutgoingMail } from "./types";

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * A plain notification mail: paragraphs (line breaks kept, everything escaped) and an optional
 * link, as text and as simple HTML without remote images or styles from elsewhere.
 */
export function composeMail({
  to,
  locale,
  subject,
  paragraphs,
  link,
}: {
  to: string;
  locale: string;
  subject: string;
  paragraphs: string[];
  link?: { label: string; url: string };
}): OutgoingMail {
  const text = [...paragraphs, ...(link ? [`${link.label}: ${link.url}`] : [])].join("\n\n");
  const body = paragraphs.map((p) => `<p>${escapeHtml(p).replaceAll("\n", "<br>")}</p>`).join("\n");
  const button = link
    ? `<p><a href="${escapeHtml(link.url)}" style="display:inline-block;padding:10px 16px;background:#1d4ed8;color:#fff;text-decoration:none;border-radius:6px">${escapeHtml(link.label)}</a></p>`
    : "";
  const html = `<!doctype html><html lang="${escapeHtml(locale)}"><body style="font-family:sans-serif;line-height:1.5;color:#1f2937">
${body}
${button}
</body></html>`;
  return { to, subject, text, html };
}
