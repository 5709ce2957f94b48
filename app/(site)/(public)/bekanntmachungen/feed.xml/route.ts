import { atomFeedResponse } from "@/lib/announcements/feed-response";

/** Atom feed of every visible announcement of the district. */
export async function GET(request: Request) {
  return atomFeedResponse(request);
}
