import { atomFeedResponse } from "@/lib/announcements/feed-response";
import { toLocale } from "@/lib/i18n/config";

// The district's feed for feed readers and visitors, from the page cache (lib/cache/visitor-paths.ts).
export const dynamic = "force-static";
export const revalidate = 3600;
export const generateStaticParams = () => [];

export async function GET(request: Request, { params }: { params: Promise<{ sprache: string }> }) {
  return atomFeedResponse(request, undefined, toLocale((await params).sprache));
}
