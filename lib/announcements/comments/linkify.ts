import { LinkifyIt } from "linkify-it";

/** A piece of a plain-text comment: text to show as it is, or a web address to show as a link. */
export type TextPart = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// linkify-it finds the addresses (schemes, hosts, balanced brackets); what may become a link here is
// narrower: http(s) addresses and ones starting with "www." — no e-mail, ftp:, mailto: or "//".
const finder = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false })
  .add("ftp:", null)
  .add("mailto:", null)
  .add("//", null)
  // RFC 2606's reserved .example, which the demo instance's addresses use (kiezwerk.example).
  .tlds("example", true);

// An address glued to a word or to another scheme ("awww.example", "javascript:alert(1)//https://…")
// is not linked from its middle.
const GLUED = /[\p{L}\p{N}_/:.@-]/u;
// Quotes, backticks and angle brackets end an address, so attribute-like text cannot smuggle one.
const END = /[\s<>"'`]/u;
// Sentence punctuation right after an address belongs to the sentence, not to the address.
const TRAILING = /[.,;:!?…]$/u;
const PAIRS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

const count = (text: string, char: string) => text.split(char).length - 1;

/** Drops trailing punctuation, and closing brackets the address did not open ("(see https://x.de)"). */
function trimTrailing(candidate: string): string {
  let end = candidate;
  for (;;) {
    const last = end.at(-1) ?? "";
    const opener = PAIRS[last];
    if (TRAILING.test(last)) end = end.slice(0, -1);
    else if (opener && count(end, last) > count(end, opener)) end = end.slice(0, -1);
    else return end;
  }
}

/** The link target, or null when the text is no usable web address (no host, other scheme). */
function toHref(text: string): string | null {
  const href = /^www\./i.test(text) ? `https://${text}` : text;
  try {
    const url = new URL(href);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    // A host needs at least one dot ("https://localhost" or "https://." are no public addresses).
    if (!/\.[\p{L}\p{N}-]/u.test(url.hostname) || url.hostname.endsWith(".")) return null;
    return url.href;
  } catch {
    return null;
  }
}

/**
 * Splits plain text into text and web-address parts. Only http(s) addresses (and ones starting with
 * "www.") become links, so no other scheme (javascript:, data:, …) can ever end up in an href; the
 * caller renders every part as React text, never as HTML.
 */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let plainFrom = 0;
  for (const match of finder.match(text) ?? []) {
    const schemeless = match.schema === "";
    if (schemeless ? !/^www\./i.test(match.raw) : match.schema !== "http:" && match.schema !== "https:") continue;
    if (match.index > 0 && GLUED.test(text[match.index - 1]!)) continue;
    const endAt = match.raw.search(END);
    const candidate = trimTrailing(endAt === -1 ? match.raw : match.raw.slice(0, endAt));
    const href = toHref(candidate);
    if (!href) continue;
    if (match.index > plainFrom) parts.push({ kind: "text", text: text.slice(plainFrom, match.index) });
    parts.push({ kind: "link", text: candidate, href });
    plainFrom = match.index + candidate.length;
  }
  if (plainFrom < text.length) parts.push({ kind: "text", text: text.slice(plainFrom) });
  return parts;
}
