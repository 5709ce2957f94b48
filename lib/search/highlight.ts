/**
 * Markers ts_headline puts around a match. They are private-use characters, stripped from every
 * text before it is highlighted, so whatever a text contains can never pass for a marker.
 */
export const MATCH_START = "\uE000";
export const MATCH_END = "\uE001";

const MARKERS = new RegExp(`[${MATCH_START}${MATCH_END}]`, "gu");

/** Removes the marker characters, e.g. from a search term. */
export const stripMarkers = (text: string) => text.replace(MARKERS, "");

export interface HighlightPart {
  text: string;
  match: boolean;
}

/**
 * Splits a ts_headline result into plain and matched parts, to be shown as text and <mark>. An
 * unbalanced marker (cut off at a fragment's end) only ends the match; markers never reach the page.
 */
export function splitHighlight(headline: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let match = false;
  let current = "";
  const flush = () => {
    if (current) parts.push({ text: current, match });
    current = "";
  };
  for (const char of headline) {
    if (char === MATCH_START || char === MATCH_END) {
      flush();
      match = char === MATCH_START;
    } else {
      current += char;
    }
  }
  flush();
  return parts;
}
