import { TZDate } from "@date-fns/tz";
import { DISTRICT_TIME_ZONE } from "@/lib/time/zone";

/**
 * The answer clock of a concern, counted in calendar days on the district's calendar (Europe/Berlin):
 * filed at 23:30 on Monday and answered at 00:10 on Tuesday is "nach 1 Tag beantwortet". Usable on both sides.
 */
const DAY = 24 * 60 * 60 * 1000;

/** The district's calendar day of an instant, as a UTC midnight (for day arithmetic without zones). */
function districtDay(date: Date): number {
  const local = new TZDate(date, DISTRICT_TIME_ZONE);
  return Date.UTC(local.getFullYear(), local.getMonth(), local.getDate());
}

/** Whole calendar days between two instants on the district's calendar. */
export function districtDaysBetween(from: Date, to: Date): number {
  return Math.round((districtDay(to) - districtDay(from)) / DAY);
}

export type ConcernClock =
  | { state: "answered"; days: number }
  | { state: "open"; days: number; dueOn: Date; overdue: boolean };

/**
 * "answered after N days" once staff answered publicly; otherwise "open for N days, answer due on …"
 * — due on the calendar day `answerDays` after filing; overdue from the day after.
 */
export function concernClock({ createdAt, firstAnsweredAt, answerDays, now = new Date() }: { createdAt: Date; firstAnsweredAt: Date | null; answerDays: number; now?: Date }): ConcernClock {
  if (firstAnsweredAt) return { state: "answered", days: districtDaysBetween(createdAt, firstAnsweredAt) };
  const filed = new TZDate(createdAt, DISTRICT_TIME_ZONE);
  // Noon on the due day: a date that reads the same in every zone a page renders it in.
  const dueOn = new Date(new TZDate(filed.getFullYear(), filed.getMonth(), filed.getDate() + answerDays, 12, 0, DISTRICT_TIME_ZONE).getTime());
  const days = districtDaysBetween(createdAt, now);
  return { state: "open", days, dueOn, overdue: days > answerDays };
}
