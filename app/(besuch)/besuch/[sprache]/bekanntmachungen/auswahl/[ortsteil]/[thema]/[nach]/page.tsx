import Page, { generateMetadata as pageMetadata } from "@/app/(site)/(public)/bekanntmachungen/page";
import { visitorCopy } from "@/app/(besuch)/besuch/[sprache]/visitor-copy";
import { NO_FILTER_VALUE } from "@/lib/cache/visitor-paths";

const given = (value: string | undefined) => (value === undefined || value === NO_FILTER_VALUE ? undefined : value);

/**
 * A visitor's copy of a filtered announcement list (or a further page of it): next.config.ts rewrites
 * `?ortsteil=…&thema=…&after=…` into these path segments, "_" standing for a filter not given, so each
 * view is a page of its own in the page cache.
 */
const copy = visitorCopy(Page, pageMetadata, ({ ortsteil, thema, nach }) => ({ ortsteil: given(ortsteil), thema: given(thema), after: given(nach) }));
export default copy.Copy;
export const generateMetadata = copy.generateMetadata;
export const dynamic = "force-static";
export const revalidate = 3600;
