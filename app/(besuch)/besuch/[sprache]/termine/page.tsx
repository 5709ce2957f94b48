import Page, { generateMetadata as pageMetadata } from "@/app/(site)/(public)/termine/page";
import { visitorCopy } from "@/app/(besuch)/besuch/[sprache]/visitor-copy";

// A visitor's copy of the district's calendar (first page, no filter), served from the page cache (lib/cache/visitor-paths.ts).
const copy = visitorCopy(Page, pageMetadata);
export default copy.Copy;
export const generateMetadata = copy.generateMetadata;
export const dynamic = "force-static";
// Every event and answer renews it; the shorter period lets past events drop out without one.
export const revalidate = 600;
