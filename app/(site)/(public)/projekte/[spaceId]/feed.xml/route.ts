import { spaceFeedResponse } from "@/lib/feeds/responses";

/** Atom feed of a public space's posts. */
export async function GET(_request: Request, { params }: { params: Promise<{ spaceId: string }> }) {
  return spaceFeedResponse((await params).spaceId);
}
