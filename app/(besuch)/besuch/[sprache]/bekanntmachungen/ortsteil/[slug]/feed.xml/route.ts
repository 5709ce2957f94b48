import { atomFeedResponse } from "@/lib/announcements/feed-response";
import { findLocalityBySlug } from "@/lib/announcements/queries";
import { toLocale } from "@/lib/i18n/config";

// A locality's feed for feed readers and visitors, from the page cache (lib/cache/visitor-paths.ts).
export const dynamic = "force-static";
export const revalidate = 3600;
export const generateStaticParams = () => [];

export async function GET(request: Request, { params }: { params: Promise<{ sprache: string; slug: string }> }) {
  const { sprache, slug } = await params;
  const locality = await findLocalityBySlug(slug);
  if (!locality) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return atomFeedResponse(request, locality, toLocale(sprache));
}
