import { describe, expect, test } from "vitest";
import { appealDeadline } from "@/lib/policy";
import { addDistrictMonths } from "@/lib/time/district-time";

const berlinClock = (date: Date) =>
  new Intl.DateTimeFormat("de", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Berlin" }).format(date);

describe("months on the district's calendar", () => {
  test("a 15:40 decision in winter can be appealed until 15:40 in summer, not 16:40 (the clocks changed in between)", () => {
    const decidedAt = new Date("2026-01-15T14:40:00Z"); // 15:40 in Berlin (CET)
    expect(berlinClock(decidedAt)).toBe("15. Januar 2026 um 15:40");
    expect(berlinClock(appealDeadline(decidedAt))).toBe("15. Juli 2026 um 15:40");
    expect(appealDeadline(decidedAt).toISOString()).toBe("2026-07-15T13:40:00.000Z"); // CEST
  });

  test("and from summer into winter the other way round", () => {
    const decidedAt = new Date("2026-06-10T07:05:00Z"); // 09:05 in Berlin (CEST)
    expect(berlinClock(addDistrictMonths(decidedAt, 6))).toBe("10. Dezember 2026 um 09:05");
  });

  test("near midnight the date is the district's, not the server's (23:30 in Berlin is 22:30 UTC)", () => {
    const decidedAt = new Date("2026-01-31T22:30:00Z"); // 31 January, 23:30 in Berlin
    expect(berlinClock(addDistrictMonths(decidedAt, 1))).toBe("3. März 2026 um 23:30");
  });
});
