import { personalCalendarResponse } from "@/lib/spaces/calendar/responses";

/** "Meine Termine" at the secret address `/kalender/<token>.ics` a person created in their settings. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return personalCalendarResponse((await params).file);
}
