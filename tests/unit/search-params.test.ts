import { describe, expect, test } from "vitest";
import { hrefFromForm, hrefWith } from "@/lib/http/search-params";

describe("links with parameters", () => {
  test("a GET form's target leaves out empty fields and keeps the rest in order, repeated ones included", () => {
    expect(hrefFromForm("/bekanntmachungen", [["ortsteil", ""], ["thema", "kultur"]])).toBe("/bekanntmachungen?thema=kultur");
    expect(hrefFromForm("/bekanntmachungen", [["ortsteil", " "], ["thema", ""]])).toBe("/bekanntmachungen");
    expect(hrefFromForm("/suche", [["q", "Bäume Schulweg"], ["art", "kommentare"], ["art", "x"]])).toBe("/suche?q=B%C3%A4ume+Schulweg&art=kommentare&art=x");
  });

  test("hrefWith leaves out empty parameters too", () => {
    expect(hrefWith("/moderation", { grund: "", status: "offen" })).toBe("/moderation?status=offen");
  });
});
