import { describe, expect, test } from "vitest";
import { safeReturnPath } from "@/lib/http/safe-redirect";

describe("a return address from a client", () => {
  test.each([
    ["/", "/"],
    ["/bekanntmachungen/abc?ort=3#kommentare", "/bekanntmachungen/abc?ort=3#kommentare"],
    ["/einstellungen", "/einstellungen"],
    ["/suche?q=B%C3%A4ume", "/suche?q=B%C3%A4ume"],
  ])("stays on the site: %s", (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });

  test.each([
    // Each of these led to evil.example after a password sign-in.
    "/\\evil.example/x",
    "/\t/evil.example",
    "/\\/evil.example",
    "//evil.example",
    "///evil.example",
    "/%5Cevil.example",
    "/%09/evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "evil.example",
    "/\n/evil.example",
    "/%E0%A4%A",
    "",
  ])("is refused and replaced by the home page: %j", (value) => {
    expect(safeReturnPath(value)).toBe("/");
  });

  test("takes the first of repeated parameters and falls back to the given page", () => {
    expect(safeReturnPath(["/a", "/b"])).toBe("/a");
    expect(safeReturnPath(undefined, "/einstellungen")).toBe("/einstellungen");
  });
});
