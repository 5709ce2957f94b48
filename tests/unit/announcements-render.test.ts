// @vitest-environment jsdom
import { describe, expect, test } from "vitest";
import { renderAnnouncementBody, sanitizeAnnouncementHtml } from "@/lib/announcements/render";

/** Parses the output the way a browser would, so the checks see elements and attributes, not text. */
function parse(html: string) {
  const template = document.createElement("template");
  template.innerHTML = html;
  return template.content;
}

const FORBIDDEN_ELEMENTS = "script, iframe, frame, object, embed, svg, math, style, link, meta, base, form, input, button, textarea, select, video, audio, source";

/** Everything that could run code or pull in something from elsewhere, as found in the parsed output. */
function dangers(html: string): string[] {
  const root = parse(html);
  const found = [...root.querySelectorAll(FORBIDDEN_ELEMENTS)].map((el) => `<${el.tagName.toLowerCase()}>`);
  for (const el of root.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${el.tagName.toLowerCase()}[${attr.name}]`);
      if (attr.name === "style") found.push(`${el.tagName.toLowerCase()}[style]`);
      if (["href", "src", "action", "formaction", "xlink:href", "srcset"].includes(attr.name)) {
        // What the browser would follow: control characters and whitespace are ignored in schemes.
        const target = attr.value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
        if (/^(javascript|data|vbscript):/.test(target)) found.push(`${el.tagName.toLowerCase()}[${attr.name}=${attr.value}]`);
      }
    }
  }
  return found;
}

// Each payload is fed both as Markdown (the normal way in) and as HTML straight into the sanitiser
// (the second line of defence, should the Markdown step ever pass HTML through).
const XSS_PAYLOADS = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  "<img src=x onerror=alert(1)>",
  "<img src=/bild.png onerror=alert(1)>",
  '<img src="javascript:alert(1)">',
  "<IMG SRC=JaVaScRiPt:alert('XSS')>",
  "<img src=`javascript:alert(1)`>",
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JAVASCRIPT:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '<a href="java&#x09;script:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="&#x6A;avascript:alert(1)">x</a>',
  '<a href="jav&#x0A;ascript:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="#" onclick="alert(1)">x</a>',
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  '<iframe src="https://evil.example"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<div style="width: expression(alert(1))">x</div>',
  "<style>@import 'https://evil.example/x.css';</style>",
  '<form action="https://evil.example"><input name="q"><button>go</button></form>',
  '<button formaction="javascript:alert(1)">x</button>',
  '<body onload="alert(1)">',
  '<details open ontoggle="alert(1)">',
  '<video><source onerror="alert(1)"></video>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<p onmouseover="alert(1)">x</p>',
  "<<script>script>alert(1)<</script>/script>",
  '"><script>alert(1)</script>',
  "<!--<script>alert(1)</script>-->",
  "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
];

const MARKDOWN_PAYLOADS = [
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x]( javascript:alert(1) )",
  "[x](<javascript:alert(1)>)",
  "[x](java&#x09;script:alert(1))",
  "[x](&#106;avascript:alert(1))",
  "[x](javascript&colon;alert(1))",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[x](vbscript:msgbox(1))",
  '[x](https://example.org "title\\" onmouseover=\\"alert(1))',
  "[x][ref]\n\n[ref]: javascript:alert(1)",
  "![x](javascript:alert(1))",
  "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  '![x](/bild.png" onerror="alert(1))',
  "<javascript:alert(1)>",
  "```html\n<script>alert(1)</script>\n```",
  "`<img src=x onerror=alert(1)>`",
];

describe("the announcement sanitiser", () => {
  test("(the check below finds what it looks for in unsanitised HTML)", () => {
    expect(dangers('<img src=x onerror=alert(1)><a href="java\tscript:x">x</a><svg></svg><p style="x">y</p>')).toEqual([
      "<svg>",
      "img[onerror]",
      "a[href=java\tscript:x]",
      "p[style]",
    ]);
  });

  test.each(XSS_PAYLOADS)("renders %s inert, as Markdown and as HTML", (payload) => {
    expect(dangers(renderAnnouncementBody(payload))).toEqual([]);
    expect(dangers(sanitizeAnnouncementHtml(payload))).toEqual([]);
  });

  test.each(MARKDOWN_PAYLOADS)("renders the Markdown %s inert", (payload) => {
    expect(dangers(renderAnnouncementBody(payload))).toEqual([]);
  });

  test("shows raw HTML in Markdown as the text it is", () => {
    const root = parse(renderAnnouncementBody("Vorher <script>alert(1)</script> nachher"));
    expect(root.querySelector("script")).toBeNull();
    expect(root.textContent).toContain("<script>alert(1)</script>");
  });

  test("turns a link with a refused address into its plain text", () => {
    const root = parse(renderAnnouncementBody("Bitte [hier klicken](javascript:alert(1)) lesen."));
    expect(root.querySelector("a")).toBeNull();
    expect(root.textContent?.trim()).toBe("Bitte hier klicken lesen.");
  });

  test("keeps http(s), mailto and relative links; only links to other hosts get rel=noopener noreferrer", () => {
    const root = parse(
      renderAnnouncementBody("[a](https://www.berlin.de/) [b](http://example.org) [c](mailto:amt@ba-tk.berlin.de) [d](/bekanntmachungen) [e](#abschnitt)"),
    );
    const links = [...root.querySelectorAll("a")].map((a) => [a.getAttribute("href"), a.getAttribute("rel")]);
    expect(links).toEqual([
      ["https://www.berlin.de/", "noopener noreferrer"],
      ["http://example.org", "noopener noreferrer"],
      ["mailto:amt@ba-tk.berlin.de", null],
      ["/bekanntmachungen", null],
      ["#abschnitt", null],
    ]);
  });

  test("rel cannot be smuggled in or weakened from the source", () => {
    const html = sanitizeAnnouncementHtml('<a href="https://example.org" rel="opener" target="_blank">x</a> <a href="/x" rel="opener">y</a>');
    const [external, internal] = [...parse(html).querySelectorAll("a")];
    expect(external?.getAttribute("rel")).toBe("noopener noreferrer");
    expect(external?.hasAttribute("target")).toBe(false);
    expect(internal?.hasAttribute("rel")).toBe(false);
  });

  test("keeps images from our own host only, and drops the others entirely", () => {
    const root = parse(
      renderAnnouncementBody("![Plan](/uploads/plan.png) ![fremd](https://evil.example/x.png) ![protokoll](//evil.example/x.png) ![daten](data:image/png;base64,AAAA)"),
    );
    expect([...root.querySelectorAll("img")].map((img) => [img.getAttribute("src"), img.getAttribute("alt")])).toEqual([["/uploads/plan.png", "Plan"]]);
    expect(sanitizeAnnouncementHtml('<img src="/\\evil.example/x.png" alt="x">')).not.toContain("<img");
  });

  test("renders the allowed Markdown: headings from h2 down, emphasis, lists, quotes, code, rules, tables", () => {
    const html = renderAnnouncementBody(
      [
        "# Eins",
        "## Zwei",
        "###### Sechs",
        "**fett** *kursiv*",
        "- a\n- b",
        "3. drei\n4. vier",
        "> Zitat",
        "`code`",
        "```\nblock\n```",
        "---",
        "| A | B |\n|---|---|\n| 1 | 2 |",
      ].join("\n\n"),
    );
    const root = parse(html);
    expect([...root.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => h.tagName)).toEqual(["H2", "H2", "H4"]);
    for (const selector of ["strong", "em", "ul > li", "ol[start='3'] > li", "blockquote", "p > code", "pre > code", "hr", "table thead th", "table tbody td"]) {
      expect(root.querySelector(selector), selector).not.toBeNull();
    }
  });

  test("is stable: sanitising the output again changes nothing", () => {
    const html = renderAnnouncementBody("## Titel\n\n[Link](https://example.org) und ![Bild](/bild.png)\n\n<iframe src=x></iframe>");
    expect(sanitizeAnnouncementHtml(html)).toBe(html);
  });
});
