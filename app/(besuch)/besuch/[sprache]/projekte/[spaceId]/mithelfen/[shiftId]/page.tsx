import Page, { generateMetadata as pageMetadata } from "@/app/(site)/(public)/projekte/[spaceId]/mithelfen/[shiftId]/page";
import { visitorCopy } from "@/app/(besuch)/besuch/[sprache]/visitor-copy";

// A visitor's copy of a helper shift of a public space, served from the page cache (lib/cache/visitor-paths.ts).
const copy = visitorCopy(Page, pageMetadata);
export default copy.Copy;
export const generateMetadata = copy.generateMetadata;
export const dynamic = "force-static";
export const revalidate = 600;
