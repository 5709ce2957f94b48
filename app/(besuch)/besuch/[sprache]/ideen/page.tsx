import Page, { generateMetadata as pageMetadata } from "@/app/(site)/(public)/ideen/page";
import { visitorCopy } from "@/app/(besuch)/besuch/[sprache]/visitor-copy";

// A visitor's copy of the list of ideas (first page, no filter), served from the page cache (lib/cache/visitor-paths.ts).
const copy = visitorCopy(Page, pageMetadata);
export default copy.Copy;
export const generateMetadata = copy.generateMetadata;
export const dynamic = "force-static";
export const revalidate = 3600;
