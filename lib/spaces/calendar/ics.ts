import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { publicOrigin } from "@/lib/config/public-origin";

/**
 * iCalendar (RFC 5545) files of space events, written by ical-generator. Times are written in UTC
 * (DTSTART:…Z), which every calendar shows in its own zone; the instants are those stored, entered on
 * the district's clock (lib/time/district-time.ts), so no VTIMEZONE is needed.
 */

export const ICS_CONTENT_TYPE = "text/calendar; charset=utf-8";

export interface CalendarEntry {
  /** The event's id: its UID, stable across downloads, so a calendar updates the event instead of doubling it. */
  id: string;
  summary: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  description: string;
  /** The event page's absolute URL (absoluteUrl, never request headers). */
  url: string;
  createdAt: Date;
  /** "Vielleicht" or the waiting list: shown as tentative. */
  tentative?: boolean;
}

export interface CalendarInput {
  name: string;
  description?: string;
  /** How often a subscribed calendar should ask again (REFRESH-INTERVAL, X-PUBLISHED-TTL); none for a single file. */
  refreshSeconds?: number;
  entries: CalendarEntry[];
  now?: Date;
}

/** The UID of an event: its id at this instance's host, unique across every calendar a person has. */
export const eventUid = (eventId: string) => `space-event-${eventId}@${new URL(publicOrigin()).hostname}`;

export function buildCalendar({ name, description, refreshSeconds, entries, now = new Date() }: CalendarInput): string {
  const calendar = ical({
    name,
    description: description ?? null,
    prodId: { company: "Kiezwerk", product: "Termine", language: "DE" },
    // Published for reading, not an invitation to answer (which the event page is for).
    method: ICalCalendarMethod.PUBLISH,
    ttl: refreshSeconds ?? null,
  });
  for (const entry of entries) {
    calendar.createEvent({
      id: eventUid(entry.id),
      start: entry.startsAt,
      end: entry.endsAt,
      stamp: now,
      created: entry.createdAt,
      summary: entry.summary,
      location: entry.location,
      description: entry.description,
      url: entry.url,
      status: entry.tentative ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
