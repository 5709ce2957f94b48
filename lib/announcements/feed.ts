/** An Atom feed (RFC 4287) of announcements, as plain data; buildAtomFeed turns it into XML. */
export interface AtomFeed {
  /** A permanent, absolute IRI for the feed. */
  id: string;
  title: string;
  subtitle?: string;
  /** Our own origin: relative links and images in the bodies resolve against it (xml:base). */
  baseUrl: string;
  selfUrl: string;
  alternateUrl: string;
  authorName: string;
  language: string;
  /** Used when there are no entries; otherwise the newest entry's update time. */
  fallbackUpdated: Date;
  entries: AtomEntry[];
}

export interface AtomEntry {
  /** The announcement's UUID; the entry id becomes urn:uuid:…, stable across host names. */
  uuid: string;
  title: string;
  url: string;
  published: Date;
  updated: Date;
  summary: string;
  /** Sanitised HTML, sent escaped as content type="html". */
  contentHtml: string;
  authorName: string;
  categories: string[];
}

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

// XML 1.0 allows no other control characters, and no unpaired surrogates: such a character
// anywhere in a title or body would make the whole feed unreadable, so they are dropped.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

const element = (name: string, text: string, attributes = "") => `<${name}${attributes}>${escapeXml(text)}</${name}>`;
const date = (name: string, value: Date) => `<${name}>${value.toISOString()}</${name}>`;
const link = (rel: string, href: string, type?: string) =>
  `<link rel="${rel}" href="${escapeXml(href)}"${type ? ` type="${escapeXml(type)}"` : ""}/>`;

function entryXml(entry: AtomEntry): string {
  return [
    "<entry>",
    element("id", `urn:uuid:${entry.uuid}`),
    element("title", entry.title, ' type="text"'),
    link("alternate", entry.url, "text/html"),
    date("published", entry.published),
    date("updated", entry.updated),
    `<author>${element("name", entry.authorName)}</author>`,
    ...entry.categories.map((term) => `<category term="${escapeXml(term)}"/>`),
    element("summary", entry.summary, ' type="text"'),
    element("content", entry.contentHtml, ' type="html"'),
    "</entry>",
  ].join("\n");
}

export function buildAtomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce<Date | null>((newest, e) => (!newest || e.updated > newest ? e.updated : newest), null) ?? feed.fallbackUpdated;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}" xml:base="${escapeXml(feed.baseUrl)}">`,
    element("id", feed.id),
    element("title", feed.title, ' type="text"'),
    ...(feed.subtitle ? [element("subtitle", feed.subtitle, ' type="text"')] : []),
    date("updated", updated),
    `<author>${element("name", feed.authorName)}</author>`,
    link("self", feed.selfUrl, "application/atom+xml"),
    link("alternate", feed.alternateUrl, "text/html"),
    ...feed.entries.map(entryXml),
    "</feed>",
    "",
  ].join("\n");
}
