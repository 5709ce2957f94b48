import { splitHighlight } from "@/lib/search/highlight";
import { CONTENT_LOCALE } from "@/lib/i18n/config";

/**
 * A ts_headline result as React nodes: matches in <mark>, everything else plain text. The text is
 * never parsed as HTML; the markers are private-use characters stripped from the text beforehand.
 */
export function HighlightedText({ text }: { text: string }) {
  // Titles, excerpts and comments are what people wrote: in the district's language.
  return <span lang={CONTENT_LOCALE}>{parts(text)}</span>;
}

function parts(text: string) {
  return splitHighlight(text).map((part, i) =>
    part.match ? (
      <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-slate-950">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}
