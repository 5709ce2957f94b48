import { concernsFeedResponse } from "@/lib/feeds/responses";
import { toLocale } from "@/lib/i18n/config";

// The feed for feed readers and visitors, from the page cache (lib/cache/visitor-paths.ts); renewed by the writes that change it.
export const dynamic = "force-static";
export const revalidate = 3600;
export const generateStaticParams = () => [];

export async function GET(_request: Request, { params }: { params: Promise<{ sprache: string }> }) {
  return concernsFeedResponse(toLocale((await params).sprache));
}
