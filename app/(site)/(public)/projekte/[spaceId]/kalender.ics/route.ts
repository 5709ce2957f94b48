import { spaceCalendarResponse } from "@/lib/spaces/calendar/responses";

/** A public space's events as a calendar to subscribe to. */
export async function GET(_request: Request, { params }: { params: Promise<{ spaceId: string }> }) {
  return spaceCalendarResponse((await params).spaceId);
}
