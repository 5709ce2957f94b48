import { ideasFeedResponse } from "@/lib/feeds/responses";

/** Atom feed of the ideas, with the district's answers. */
export function GET() {
  return ideasFeedResponse();
}
