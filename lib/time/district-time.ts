import { TZDate } from "@date-fns/tz";
import { DISTRICT_TIME_ZONE } from "./zone";

/**
 * Wall-clock time in the district, whatever zone the browser or the server runs in (usable on both
 * sides). The compose form's date fields (<input type="datetime-local">) hold wall-clock time
 * without a zone and mean the district's time; deadlines are counted on the district's calendar.
 */

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export const isLocalDateTime = (value: string) => LOCAL_TIME.test(value);

/** "2026-05-04T09:30" in the district's time → the instant; null for anything else. */
export function fromDistrictLocalTime(value: string): Date | null {
  const match = LOCAL_TIME.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(new TZDate(year, month - 1, day, hour, minute, DISTRICT_TIME_ZONE).getTime());
  // A round trip rejects impossible dates (31 February) and the hour skipped when clocks go forward.
  return !Number.isNaN(date.getTime()) && toDistrictLocalTime(date) === value ? date : null;
}

/** The instant as the form's field shows it, in the district's time. */
export function toDistrictLocalTime(date: Date): string {
  // TZDate's getters read the district's wall clock.
  const local = new TZDate(date, DISTRICT_TIME_ZONE);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`;
}

/**
 * `months` calendar months after `date`, on the district's wall clock: a decision at 15:40 in
 * January has its deadline at 15:40 in July, although summer time has begun in between. A day the
 * target month lacks runs over into the next month (31 August + 6 months = 3 March), as before.
 */
export function addDistrictMonths(date: Date, months: number): Date {
  const wallClock = new TZDate(date, DISTRICT_TIME_ZONE);
  wallClock.setMonth(wallClock.getMonth() + months);
  return new Date(wallClock.getTime());
}

/** A day as a date field gives it ("2026-12-07"): the instant its first minute begins in the district; null for anything else. */
export function districtDayStart(value: string | undefined): Date | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? fromDistrictLocalTime(`${value}T00:00`) : null;
}

/** The last minute of such a day in the district ("2026-12-05" → 23:59 Berlin time): a due date's instant. */
export function districtDayEnd(value: string | undefined): Date | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? fromDistrictLocalTime(`${value}T23:59`) : null;
}
