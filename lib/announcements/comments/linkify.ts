/** A piece of a plain-text comment: text to show as it is, or a web address to show as a link. */
export type TextPart = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// A candidate starts with http(s):// or www. and runs to the next whitespace or character that
// cannot sit in an address as people type one. The look-behind keeps "awww.example" or a URL
// glued to other text ("javascript:alert(1)//https://…" stays text up to the boundary) from
// starting a link in the middle of a word.
const CANDIDATE = /(?<![\p{L}\p{N}_/:.@-])(?:https?:\/\/|www\.)[^\s<>"'`]+/giu;

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
  for (const match of text.matchAll(CANDIDATE)) {
    const candidate = trimTrailing(match[0]);
    const href = toHref(candidate);
    if (!href) continue;
    const start = match.index;
    if (start > plainFrom) parts.push({ kind: "text", text: text.slice(plainFrom, start) });
    parts.push({ kind: "link", text: candidate, href });
    plainFrom = start + candidate.length;
  }
  if (plainFrom < text.length) parts.push({ kind: "text", text: text.slice(plainFrom) });
  return parts;
}
