import type { NextRequest } from "next/server";
import { listLocalities, listTopics } from "@/lib/district/queries";
import { districtCalendarResponse } from "@/lib/spaces/calendar/responses";
import { parseDistrictFilter } from "@/lib/spaces/district-filter";

/** The district calendar's public events as a calendar to subscribe to, filtered as the page is (`?ortsteil=…&thema=…`). */
export async function GET(request: NextRequest) {
  const [localities, topics] = await Promise.all([listLocalities(), listTopics()]);
  const { localityId, topicId } = parseDistrictFilter(Object.fromEntries(request.nextUrl.searchParams), localities, topics);
  return districtCalendarResponse({ localityId, topicId });
}
