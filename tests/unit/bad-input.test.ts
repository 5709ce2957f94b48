import { describe, expect, test } from "vitest";
import { serialIdSchema } from "@/lib/action/serial-id";
import { decodeAnnouncementCursor } from "@/lib/announcements/cursor";
import { decodeCursor, encodeKeyset } from "@/lib/pagination";

describe("input that would fail in the database becomes a field error or the first page", () => {
  test("an id beyond PostgreSQL's integer is a field error, not an internal error", () => {
    const result = serialIdSchema("localityRequired").safeParse("2147483648");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("numberTooLarge");
    expect(serialIdSchema().parse("2147483647")).toBe(2147483647);
    expect(serialIdSchema("localityRequired").safeParse("abc").error?.issues[0]?.message).toBe("localityRequired");
  });

  test("a cursor with a NUL byte, a non-id or garbage counts as 'from the start'", () => {
    expect(decodeCursor(encodeKeyset({ createdAt: "2026-11-01T10:00:00.000Z", id: "an\u0000ton" }))).toBeNull();
    expect(decodeCursor(encodeKeyset({ createdAt: "2026-11-01T10:00:00.000Z", id: "'; drop table users; --" }))).toBeNull();
    expect(decodeCursor("%%%")).toBeNull();
    expect(decodeCursor(encodeKeyset({ createdAt: "2026-11-01T10:00:00.000Z", id: "0b6f7c8e-3d1a-4a4b-9a55-2f1e0c9d8b7a" }))).not.toBeNull();
    expect(decodeCursor(encodeKeyset({ createdAt: "2026-11-01T10:00:00.000Z", id: "12345" }))).not.toBeNull();
    expect(decodeAnnouncementCursor(encodeKeyset({ publishAt: "2026-11-01T10:00:00.000Z", id: "x\u0000" }))).toBeNull();
  });
});
