import { Marked, type Tokens } from "marked";
import sanitizeHtml from "sanitize-html";

// No "server-only": the demo seed (run by tsx outside Next.js) and the unit tests render too.

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");

/**
 * Markdown as staff write it. Raw HTML in the source is shown as the text it is, never passed on
 * as markup: an announcement is written in Markdown, and this way a pasted snippet stays visible
 * instead of vanishing. The sanitiser below is the second, independent line of defence.
 */
const markdown = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag) {
      const text = escapeHtml(token.text);
      return token.block ? `<p>${text}</p>\n` : text;
    },
  },
});

const ALLOWED_TAGS = [
  "p",
  "h2",
  "h3",
  "h4",
  "strong",
  "em",
  "del",
  "ul",
  "ol",
  "li",
  "a",
  "blockquote",
  "code",
  "pre",
  "hr",
  "br",
  "img",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
];

/** Absolute http(s) links leave our site: they get rel="noopener noreferrer". */
const isExternal = (href: string) => /^https?:\/\//i.test(href);

/** Images only from our own host: a path starting with one "/" ("//host" would be another host). */
const isOwnImage = (src: string | undefined) => typeof src === "string" && /^\/(?![/\\])/.test(src);

const ALLOWED_ATTRIBUTES: sanitizeHtml.IOptions["allowedAttributes"] = {
  a: ["href", "title", "rel"],
  img: ["src", "alt", "title"],
  ol: ["start"],
  th: ["align"],
  td: ["align"],
};

/** First pass: everything outside the allowlist goes, including every URL with a refused scheme. */
const SAFE_SUBSET: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: ALLOWED_ATTRIBUTES,
  // Relative links stay allowed (sanitize-html lets scheme-less URLs through); these are the only schemes.
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  // Script, style and the like are dropped with their content; other unknown tags lose only the tag.
  disallowedTagsMode: "discard",
  // The page has exactly one h1 (the title): Markdown headings map onto h2–h4.
  transformTags: {
    h1: "h2",
    h5: "h4",
    h6: "h4",
    // rel is set in the second pass, once it is known which links survived.
    a: (tagName, { href, title }) => ({ tagName, attribs: { ...(href ? { href } : {}), ...(title ? { title } : {}) } }),
    img: (tagName, attribs) => ({
      tagName,
      attribs: isOwnImage(attribs.src) ? { src: attribs.src!, alt: attribs.alt ?? "", ...(attribs.title ? { title: attribs.title } : {}) } : {},
    }),
  },
  // An image whose source was refused (other host, data:, javascript:) is dropped entirely.
  exclusiveFilter: (frame) => frame.tag === "img" && !frame.attribs.src,
};

/**
 * Second pass over already safe HTML: a link whose address was refused becomes its plain text,
 * and links to other hosts get rel="noopener noreferrer".
 */
const LINK_SHAPE: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: ALLOWED_ATTRIBUTES,
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => {
      if (!attribs.href) return { tagName: "span", attribs: {} };
      return { tagName, attribs: isExternal(attribs.href) ? { ...attribs, rel: "noopener noreferrer" } : attribs };
    },
  },
};

/** Cleans HTML down to the safe subset announcements may contain. */
export function sanitizeAnnouncementHtml(html: string): string {
  return sanitizeHtml(sanitizeHtml(html, SAFE_SUBSET), LINK_SHAPE);
}

/**
 * Markdown → the safe HTML stored as body_html and shown on every page, in the feed and in the
 * editor's preview. Stored, not rendered per request, so a page view never runs the parser.
 */
export function renderAnnouncementBody(source: string): string {
  return sanitizeAnnouncementHtml(markdown.parse(source, { async: false }));
}
