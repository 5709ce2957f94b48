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

/** How much of a text's beginning and end the query returns, to tell whether an excerpt reaches them. */
export const EDGE_LENGTH = 300;
/** What ts_headline puts between fragments (HEADLINE_OPTIONS' FragmentDelimiter). */
export const FRAGMENT_DELIMITER = " … ";
const ELLIPSIS = "…";

const normalise = (text: string) => stripMarkers(text).replace(/\s+/gu, " ").replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, "");
/** Enough characters to recognise a text's beginning or end, few enough to survive the excerpt's own trimming. */
const PROBE = 40;

/**
 * Frames a ts_headline excerpt with "…" where it cuts into the text: at the front unless its first
 * fragment is the text's beginning, at the back unless its last fragment is the text's end. `start`
 * and `end` are the text's first and last EDGE_LENGTH characters.
 */
export function framedExcerpt(headline: string, { start, end }: { start: string; end: string }): string {
  const fragments = stripMarkers(headline).split(FRAGMENT_DELIMITER).map(normalise);
  const first = fragments[0] ?? "";
  const last = fragments.at(-1) ?? "";
  const fromStart = normalise(start).startsWith(first.slice(0, PROBE));
  const toEnd = normalise(end).endsWith(last.slice(-PROBE));
  return `${fromStart ? "" : `${ELLIPSIS} `}${headline.trim()}${toEnd ? "" : ` ${ELLIPSIS}`}`;
}
