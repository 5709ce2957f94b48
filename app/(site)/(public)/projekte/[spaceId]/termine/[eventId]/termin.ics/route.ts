import { eventCalendarResponse } from "@/lib/spaces/calendar/responses";

/** One event as an iCalendar file, for whoever may read the event's page. */
export async function GET(_request: Request, { params }: { params: Promise<{ spaceId: string; eventId: string }> }) {
  const { spaceId, eventId } = await params;
  return eventCalendarResponse(spaceId, eventId);
}
