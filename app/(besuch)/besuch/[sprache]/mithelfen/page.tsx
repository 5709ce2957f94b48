import Page, { generateMetadata as pageMetadata } from "@/app/(site)/(public)/mithelfen/page";
import { visitorCopy } from "@/app/(besuch)/besuch/[sprache]/visitor-copy";

// A visitor's copy of the district's open shifts (first page, no filter), served from the page cache (lib/cache/visitor-paths.ts).
const copy = visitorCopy(Page, pageMetadata);
export default copy.Copy;
export const generateMetadata = copy.generateMetadata;
export const dynamic = "force-static";
// Every sign-up renews it; the shorter period lets shifts whose time has come drop out without one.
export const revalidate = 600;
