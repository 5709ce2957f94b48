import { describe, expect, test } from "vitest";
import { csvField, toCsv } from "@/lib/http/csv";

describe("CSV for open data", () => {
  test("quotes what needs quoting, doubles quotes, ends lines in CRLF", () => {
    expect(toCsv(["a", "b"], [["Straßen- und Grünflächenamt", 3], ['Sag "Hallo", bitte', null], ["zwei\nZeilen", 0.5]])).toBe(
      'a,b\r\nStraßen- und Grünflächenamt,3\r\n"Sag ""Hallo"", bitte",\r\n"zwei\nZeilen",0.5\r\n',
    );
  });

  test("a text that a spreadsheet would run as a formula stays text", () => {
    expect(csvField("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField(-3)).toBe("-3");
  });
});
