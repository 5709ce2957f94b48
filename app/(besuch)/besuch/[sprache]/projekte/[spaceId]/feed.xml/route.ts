import { spaceFeedResponse } from "@/lib/feeds/responses";
import { toLocale } from "@/lib/i18n/config";

// A public space's feed from the page cache (lib/cache/visitor-paths.ts); renewed with the space's pages.
export const dynamic = "force-static";
export const revalidate = 3600;
export const generateStaticParams = () => [];

export async function GET(_request: Request, { params }: { params: Promise<{ sprache: string; spaceId: string }> }) {
  const { sprache, spaceId } = await params;
  return spaceFeedResponse(spaceId, toLocale(sprache));
}
