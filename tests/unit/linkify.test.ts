import { describe, expect, test } from "vitest";
import { linkify, type TextPart } from "@/lib/announcements/comments/linkify";

const links = (parts: TextPart[]) => parts.filter((p) => p.kind === "link");
const joined = (parts: TextPart[]) => parts.map((p) => p.text).join("");

describe("linkify", () => {
  test("plain text stays one text part", () => {
    expect(linkify("Danke für die Info!")).toEqual([{ kind: "text", text: "Danke für die Info!" }]);
  });

  test("an http(s) address inside a sentence becomes a link, the rest stays text", () => {
    expect(linkify("Mehr unter https://berlin.de/ba-treptow-koepenick heute")).toEqual([
      { kind: "text", text: "Mehr unter " },
      { kind: "link", text: "https://berlin.de/ba-treptow-koepenick", href: "https://berlin.de/ba-treptow-koepenick" },
      { kind: "text", text: " heute" },
    ]);
    expect(links(linkify("alt: http://example.org/a?b=1&c=2#d"))).toEqual([
      { kind: "link", text: "http://example.org/a?b=1&c=2#d", href: "http://example.org/a?b=1&c=2#d" },
    ]);
  });

  test("an address starting with www. links to https", () => {
    expect(links(linkify("siehe www.kiezwerk.example/termine"))).toEqual([
      { kind: "link", text: "www.kiezwerk.example/termine", href: "https://www.kiezwerk.example/termine" },
    ]);
  });

  test.each([
    ["https://example.org.", "https://example.org"],
    ["https://example.org/a,", "https://example.org/a"],
    ["https://example.org/a!?", "https://example.org/a"],
    ["https://example.org/a;", "https://example.org/a"],
    ["https://example.org/a:", "https://example.org/a"],
    ["https://example.org/a…", "https://example.org/a"],
  ])("trailing punctuation is not part of the link: %s", (input, expected) => {
    const parts = linkify(`Seht euch ${input} an`);
    expect(links(parts).map((p) => p.text)).toEqual([expected]);
    expect(joined(parts)).toBe(`Seht euch ${input} an`);
  });

  test("a closing bracket belongs to the link only when the link opened it", () => {
    expect(links(linkify("(siehe https://example.org/plan)")).map((p) => p.text)).toEqual(["https://example.org/plan"]);
    expect(links(linkify("https://de.wikipedia.org/wiki/Köpenick_(Berlin)")).map((p) => p.text)).toEqual([
      "https://de.wikipedia.org/wiki/Köpenick_(Berlin)",
    ]);
  });

  test.each(["javascript:alert(1)", "JavaScript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "ftp://example.org/datei"])(
    "no other scheme ever becomes a link: %s",
    (input) => {
      expect(links(linkify(`klick ${input} hier`))).toEqual([]);
      expect(joined(linkify(`klick ${input} hier`))).toBe(`klick ${input} hier`);
    },
  );

  test("a web address glued to another scheme is not linked from its middle", () => {
    expect(links(linkify("javascript:alert(1)//https://example.org"))).toEqual([]);
    expect(links(linkify("awww.example.org"))).toEqual([]);
  });

  test("addresses without a real host stay text", () => {
    expect(links(linkify("https:// und http://localhost und https://."))).toEqual([]);
  });

  test("HTML stays text: markup is neither parsed nor part of a link", () => {
    const input = '<a href="javascript:alert(1)">x</a> <img src=x onerror=alert(1)> https://example.org/<b>fett</b>';
    const parts = linkify(input);
    expect(joined(parts)).toBe(input);
    expect(links(parts)).toEqual([{ kind: "link", text: "https://example.org/", href: "https://example.org/" }]);
  });

  test("quotes end an address, so an attribute-like text cannot smuggle one", () => {
    expect(links(linkify('"https://example.org/a"onmouseover="x"')).map((p) => p.href)).toEqual(["https://example.org/a"]);
  });

  test("several addresses, line breaks and umlauts are kept exactly", () => {
    const input = "Erst https://a.example.org,\ndann www.b.example.org und Grünau!";
    const parts = linkify(input);
    expect(links(parts).map((p) => p.href)).toEqual(["https://a.example.org/", "https://www.b.example.org/"]);
    expect(joined(parts)).toBe(input);
  });
});
