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
  footer = [],
}: {
  to: string;
  locale: string;
  subject: string;
  paragraphs: string[];
  link?: { label: string; url: string };
  /** Small print below a rule: where to change what one receives, how to unsubscribe. */
  footer?: Array<{ text: string; url: string }>;
}): OutgoingMail {
  const small = footer.map((line) => line.text.replace("{url}", line.url));
  const text = [...paragraphs, ...(link ? [`${link.label}: ${link.url}`] : []), ...(small.length > 0 ? ["--", ...small] : [])].join("\n\n");
  const body = paragraphs.map((p) => `<p>${escapeHtml(p).replaceAll("\n", "<br>")}</p>`).join("\n");
  const button = link
    ? `<p><a href="${escapeHtml(link.url)}" style="display:inline-block;padding:10px 16px;background:#1d4ed8;color:#fff;text-decoration:none;border-radius:6px">${escapeHtml(link.label)}</a></p>`
    : "";
  const smallHtml = footer
    .map((line) => {
      const [before, after = ""] = line.text.split("{url}");
      return `<p style="font-size:13px;color:#4b5563">${escapeHtml(before ?? "")}<a href="${escapeHtml(line.url)}">${escapeHtml(line.url)}</a>${escapeHtml(after)}</p>`;
    })
    .join("\n");
  const html = `<!doctype html><html lang="${escapeHtml(locale)}"><body style="font-family:sans-serif;line-height:1.5;color:#1f2937">
${body}
${button}
${smallHtml ? `<hr>\n${smallHtml}` : ""}
</body></html>`;
  return { to, subject, text, html };
}
