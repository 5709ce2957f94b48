import { atomFeedResponse } from "@/lib/announcements/feed-response";
import { findLocalityBySlug } from "@/lib/announcements/queries";

/** Atom feed of one locality: its own announcements and those for the whole district. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const locality = await findLocalityBySlug((await params).slug);
  if (!locality) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return atomFeedResponse(request, locality);
}
