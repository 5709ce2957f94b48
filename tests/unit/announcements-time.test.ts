import { describe, expect, test } from "vitest";
import { decodeAnnouncementCursor, encodeAnnouncementCursor, toAnnouncementPage } from "@/lib/announcements/cursor";
import { fromDistrictLocalTime, toDistrictLocalTime } from "@/lib/time/district-time";
import { displayStatus } from "@/lib/announcements/status";

describe("the form's district-time fields", () => {
  test("mean Berlin time in winter and in summer, whatever zone this process runs in", () => {
    expect(fromDistrictLocalTime("2026-01-15T10:00")?.toISOString()).toBe("2026-01-15T09:00:00.000Z");
    expect(fromDistrictLocalTime("2026-07-15T10:00")?.toISOString()).toBe("2026-07-15T08:00:00.000Z");
  });

  test("round-trip, including right after the clocks change", () => {
    for (const value of ["2026-03-29T03:30", "2026-10-25T03:30", "2026-12-31T23:59", "2027-01-01T00:00"]) {
      expect(toDistrictLocalTime(fromDistrictLocalTime(value)!)).toBe(value);
    }
  });

  test("reject impossible values: 31 February, the skipped hour, malformed input", () => {
    for (const value of ["2026-02-31T10:00", "2026-03-29T02:30", "2026-13-01T10:00", "2026-01-15T24:00", "2026-01-15", "15.01.2026 10:00", ""]) {
      expect(fromDistrictLocalTime(value), value).toBeNull();
    }
  });
});

describe("the announcement cursor", () => {
  test("round-trips publication time (to the millisecond) and id", () => {
    const row = { publishAt: new Date("2026-05-04T07:30:00.123Z"), id: "4f5b8e0a-6c1d-4a57-9d3e-0b1a2c3d4e01" };
    expect(decodeAnnouncementCursor(encodeAnnouncementCursor(row))).toEqual(row);
  });

  test("treats anything it did not make as the first page", () => {
    for (const value of [undefined, null, "", "kaputt", Buffer.from('{"publishAt":"gestern","id":"x"}').toString("base64url")]) {
      expect(decodeAnnouncementCursor(value)).toBeNull();
    }
  });

  test("a page has a next cursor only when one more row was found, pointing at its last shown row", () => {
    const rows = [3, 2, 1].map((n) => ({ id: `0b6f7c8e-3d1a-4a4b-9a55-00000000000${n}`, publishAt: new Date(Date.UTC(2026, 0, n)) }));
    expect(toAnnouncementPage(rows, 3).nextCursor).toBeNull();
    const page = toAnnouncementPage(rows, 2);
    expect(page.items.map((r) => r.id)).toEqual([rows[0]!.id, rows[1]!.id]);
    expect(decodeAnnouncementCursor(page.nextCursor)).toEqual(rows[1]);
  });
});

describe("the status staff see", () => {
  const now = new Date("2026-05-04T12:00:00Z");
  const at = (offsetHours: number) => new Date(now.getTime() + offsetHours * 3600_000);

  test.each([
    ["published", { status: "published", publishAt: at(-1), expiresAt: null }],
    ["published", { status: "published", publishAt: now, expiresAt: at(1) }],
    ["scheduled", { status: "published", publishAt: at(1), expiresAt: null }],
    ["expired", { status: "published", publishAt: at(-48), expiresAt: now }],
    ["unpublished", { status: "unpublished", publishAt: at(1), expiresAt: at(-1) }],
  ] as const)("is %s for %o", (expected, row) => {
    expect(displayStatus(row, now)).toBe(expected);
  });
});
