import { describe, expect, test } from "vitest";
import { decodeCursor, encodeCursor, PAGE_SIZE, toPage } from "@/lib/pagination";

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("keyset cursors", () => {
  test("round-trip the position of a row, for text and numeric ids", () => {
    const createdAt = new Date("2026-03-14T09:26:53.589Z");
    expect(decodeCursor(encodeCursor({ createdAt, id: "b3c1e0de-1111-4f00-8000-000000000001" }))).toEqual({
      createdAt: "2026-03-14T09:26:53.589Z",
      id: "b3c1e0de-1111-4f00-8000-000000000001",
    });
    expect(decodeCursor(encodeCursor({ createdAt, id: 4711 }))).toEqual({ createdAt: "2026-03-14T09:26:53.589Z", id: "4711" });
  });

  test("are safe to put in a URL", () => {
    const cursor = encodeCursor({ createdAt: new Date(), id: "ä/+?&=ü" });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  test.each([
    ["nothing", undefined],
    ["null", null],
    ["an empty string", ""],
    ["garbage", "not-a-cursor!!"],
    ["base64 of something that is not JSON", Buffer.from("hello").toString("base64url")],
    ["JSON without a date", encode({ id: "x" })],
    ["JSON with a wrong date", encode({ createdAt: "yesterday", id: "x" })],
    ["JSON with an empty id", encode({ createdAt: "2026-01-01T00:00:00.000Z", id: "" })],
    ["JSON with an overlong id", encode({ createdAt: "2026-01-01T00:00:00.000Z", id: "x".repeat(65) })],
    ["JSON with an id that is neither a UUID nor a number", encode({ createdAt: "2026-01-01T00:00:00.000Z", id: "row-1" })],
    ["JSON with a NUL byte in the id", encode({ createdAt: "2026-01-01T00:00:00.000Z", id: "1\u0000" })],
    ["a JSON array", encode(["2026-01-01T00:00:00.000Z", "x"])],
  ])("a URL with %s starts at the first page (null)", (_label, value) => {
    expect(decodeCursor(value)).toBeNull();
  });
});

describe("pages", () => {
  const rows = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: String(1000 + i), createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n - i)) }));

  test("with one row more than a page: show a full page and point the next page after its last row", () => {
    const page = toPage(rows(PAGE_SIZE + 1));
    expect(page.items).toHaveLength(PAGE_SIZE);
    expect(page.items.at(-1)?.id).toBe(String(1000 + PAGE_SIZE - 1));
    expect(decodeCursor(page.nextCursor)).toEqual({ id: String(1000 + PAGE_SIZE - 1), createdAt: page.items.at(-1)?.createdAt.toISOString() });
  });

  test.each([0, 1, PAGE_SIZE])("with %i rows there is no next page", (n) => {
    const page = toPage(rows(n));
    expect(page.items).toHaveLength(n);
    expect(page.nextCursor).toBeNull();
  });

  test("respects a custom page size", () => {
    const page = toPage(rows(4), 3);
    expect(page.items.map((r) => r.id)).toEqual(["1000", "1001", "1002"]);
    expect(decodeCursor(page.nextCursor)?.id).toBe("1002");
  });
});
