// @vitest-environment jsdom
import { describe, expect, test } from "vitest";
import { buildAtomFeed, escapeXml, type AtomEntry, type AtomFeed } from "@/lib/announcements/feed";

const ATOM = "http://www.w3.org/2005/Atom";

const entry = (overrides: Partial<AtomEntry> = {}): AtomEntry => ({
  uuid: "4f5b8e0a-6c1d-4a57-9d3e-0b1a2c3d4e01",
  title: "Sperrung der Bahnhofstraße",
  url: "https://kiezwerk.example/bekanntmachungen/4f5b8e0a-6c1d-4a57-9d3e-0b1a2c3d4e01",
  published: new Date("2026-05-04T07:30:00.000Z"),
  updated: new Date("2026-05-04T07:30:00.000Z"),
  summary: "Drei Wochen gesperrt.",
  contentHtml: "<p>Die Arbeiten <strong>beginnen</strong> am Montag.</p>",
  authorName: "Bezirksamt Treptow-Köpenick, Straßen- und Grünflächenamt",
  categories: ["Verkehr und Mobilität"],
  ...overrides,
});

const feed = (entries: AtomEntry[]): AtomFeed => ({
  id: "https://kiezwerk.example/bekanntmachungen/feed.xml",
  title: "Bekanntmachungen – Bezirksamt Treptow-Köpenick",
  subtitle: "Amtliche Bekanntmachungen",
  baseUrl: "https://kiezwerk.example/",
  selfUrl: "https://kiezwerk.example/bekanntmachungen/feed.xml",
  alternateUrl: "https://kiezwerk.example/bekanntmachungen",
  authorName: "Bezirksamt Treptow-Köpenick",
  language: "de",
  fallbackUpdated: new Date("2026-01-01T00:00:00.000Z"),
  entries,
});

function parse(xml: string) {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

const child = (parent: Element | Document, name: string) => parent.getElementsByTagNameNS(ATOM, name)[0];

describe("the Atom feed", () => {
  test("is well-formed Atom with the elements RFC 4287 requires of a feed and its entries", () => {
    const doc = parse(buildAtomFeed(feed([entry(), entry({ uuid: "4f5b8e0a-6c1d-4a57-9d3e-0b1a2c3d4e02", updated: new Date("2026-05-06T10:00:00.000Z") })])));
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe(ATOM);
    expect(root.localName).toBe("feed");
    expect(child(root, "id")?.textContent).toBe("https://kiezwerk.example/bekanntmachungen/feed.xml");
    expect(child(root, "title")?.textContent).toBe("Bekanntmachungen – Bezirksamt Treptow-Köpenick");
    // The feed is as new as its newest entry.
    expect(child(root, "updated")?.textContent).toBe("2026-05-06T10:00:00.000Z");
    expect(child(child(root, "author")!, "name")?.textContent).toBe("Bezirksamt Treptow-Köpenick");
    const links = [...root.children].filter((el) => el.localName === "link").map((l) => [l.getAttribute("rel"), l.getAttribute("href")]);
    expect(links).toEqual([
      ["self", "https://kiezwerk.example/bekanntmachungen/feed.xml"],
      ["alternate", "https://kiezwerk.example/bekanntmachungen"],
    ]);

    const entries = root.getElementsByTagNameNS(ATOM, "entry");
    expect(entries).toHaveLength(2);
    const first = entries[0]!;
    expect(child(first, "id")?.textContent).toBe("urn:uuid:4f5b8e0a-6c1d-4a57-9d3e-0b1a2c3d4e01");
    expect(child(first, "title")?.textContent).toBe("Sperrung der Bahnhofstraße");
    expect(child(first, "published")?.textContent).toBe("2026-05-04T07:30:00.000Z");
    expect(child(first, "updated")?.textContent).toBe("2026-05-04T07:30:00.000Z");
    expect(child(first, "link")?.getAttribute("href")).toBe(entry().url);
    expect(child(first, "summary")?.textContent).toBe("Drei Wochen gesperrt.");
    expect(child(first, "category")?.getAttribute("term")).toBe("Verkehr und Mobilität");
    const content = child(first, "content")!;
    expect(content.getAttribute("type")).toBe("html");
    // Escaped in the XML, the HTML itself once a reader unescapes it.
    expect(content.textContent).toBe(entry().contentHtml);
    expect(content.children).toHaveLength(0);
  });

  test("escapes markup and drops characters XML cannot carry", () => {
    const tricky = entry({
      title: 'A & B <script>alert("x")</script>',
      summary: "Steuerzeichen\u0000\u0008\u001F weg, Emoji 🌳 bleibt",
      contentHtml: '<p title="a&quot;b">]]> &amp; </feed></p>',
      categories: ['"Zitat" & <Klammer>'],
    });
    const doc = parse(buildAtomFeed(feed([tricky])));
    const first = doc.getElementsByTagNameNS(ATOM, "entry")[0]!;
    expect(child(first, "title")?.textContent).toBe('A & B <script>alert("x")</script>');
    expect(doc.getElementsByTagName("script")).toHaveLength(0);
    expect(child(first, "summary")?.textContent).toBe("Steuerzeichen weg, Emoji 🌳 bleibt");
    expect(child(first, "content")?.textContent).toBe('<p title="a&quot;b">]]> &amp; </feed></p>');
    expect(child(first, "category")?.getAttribute("term")).toBe('"Zitat" & <Klammer>');
  });

  test("an empty feed is still valid and takes its update time from the fallback", () => {
    const doc = parse(buildAtomFeed(feed([])));
    expect(child(doc.documentElement, "updated")?.textContent).toBe("2026-01-01T00:00:00.000Z");
    expect(doc.getElementsByTagNameNS(ATOM, "entry")).toHaveLength(0);
  });

  test("escapeXml leaves ordinary text alone and removes lone surrogates", () => {
    expect(escapeXml("Köpenick – 12. Mai")).toBe("Köpenick – 12. Mai");
    expect(escapeXml("a\uD800b\uDC00c")).toBe("abc");
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  });
});
