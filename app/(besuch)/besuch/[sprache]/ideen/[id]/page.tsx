import Page, { generateMetadata as pageMetadata } from "@/app/(site)/(public)/ideen/[id]/page";
import { visitorCopy } from "@/app/(besuch)/besuch/[sprache]/visitor-copy";

// A visitor's copy of an idea (first page of comments), served from the page cache (lib/cache/visitor-paths.ts).
const copy = visitorCopy(Page, pageMetadata);
export default copy.Copy;
export const generateMetadata = copy.generateMetadata;
export const dynamic = "force-static";
export const revalidate = 3600;
