import { concernsFeedResponse } from "@/lib/feeds/responses";

/** Atom feed of the public concerns, with their status. */
export function GET() {
  return concernsFeedResponse();
}
