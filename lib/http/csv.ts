/**
 * CSV as RFC 4180 has it, for the district's open-data downloads: fields with a comma, a quote or a
 * line break are quoted, quotes doubled, lines end in CRLF. A leading =, +, - or @ is prefixed with
 * an apostrophe so that a spreadsheet never runs a cell as a formula (CSV injection).
 */
export type CsvValue = string | number | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvLine = (values: CsvValue[]) => `${values.map(csvField).join(",")}\r\n`;

/** A whole table: the header line, then each row. */
export const toCsv = (header: string[], rows: CsvValue[][]) => [header, ...rows].map(csvLine).join("");

/** The response of a CSV download; `fileName` without directory parts. */
export function csvResponse(body: string, fileName: string) {
  // A byte-order mark, so that spreadsheet programs read the umlauts as UTF-8.
  return new Response(`\uFEFF${body}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "public, max-age=300",
    },
  });
}
