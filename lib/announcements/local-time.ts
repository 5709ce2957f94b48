/**
 * The compose form's date fields (<input type="datetime-local">) hold wall-clock time without a
 * zone. They mean the district's time, whatever zone the browser or the server runs in, so both
 * sides convert with these helpers (pure Intl, usable in the browser and on the server).
 */
import { DISTRICT_TIME_ZONE } from "@/lib/time/zone";

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const parts = new Intl.DateTimeFormat("en-US", {
  timeZone: DISTRICT_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function wallClock(date: Date) {
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.formatToParts(date).find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** How far the district's clock is ahead of UTC at this instant, in milliseconds. */
function offsetAt(instant: number) {
  const w = wallClock(new Date(instant));
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(instant / 1000) * 1000;
}

export const isLocalDateTime = (value: string) => LOCAL_TIME.test(value);

/** "2026-05-04T09:30" in the district's time → the instant; null for anything else. */
export function fromDistrictLocalTime(value: string): Date | null {
  const match = LOCAL_TIME.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The offset is the one in force at the result, not at the guess: that differs around a DST switch.
  const first = asUtc - offsetAt(asUtc);
  const instant = asUtc - offsetAt(first);
  const date = new Date(instant);
  // A round trip rejects impossible dates (31 February) and the hour skipped when clocks go forward.
  return !Number.isNaN(date.getTime()) && toDistrictLocalTime(date) === value ? date : null;
}

/** The instant as the form's field shows it, in the district's time. */
export function toDistrictLocalTime(date: Date): string {
  const w = wallClock(date);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}
