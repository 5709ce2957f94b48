import { sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, describe, expect, test } from "vitest";
import { connectDatabase } from "@/db/client";
import { isDatabaseUnavailableError, OUTAGE_RETRY_AFTER_SECONDS, outagePage, outagePageFor } from "@/lib/http/database-outage";
import { messages } from "@/lib/i18n/messages";

const withCode = (code: string, message = code) => Object.assign(new Error(message), { code });

describe("which errors mean the database is unreachable", () => {
  test.each(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "ETIMEDOUT", "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT", "57P01", "57P03", "08006"])(
    "%s is an outage",
    (code) => {
      expect(isDatabaseUnavailableError(withCode(code))).toBe(true);
    },
  );

  test.each([
    ["a unique violation", withCode("23505")],
    ["a NUL byte in a value", withCode("22021")],
    ["a syntax error", withCode("42601")],
    ["a plain bug", new TypeError("cannot read properties of undefined")],
    ["a thrown string", "ECONNREFUSED"],
    ["nothing", null],
  ])("%s is not", (_name, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(false);
  });

  test("it looks through Drizzle's wrapper and through an AggregateError of several addresses", () => {
    expect(isDatabaseUnavailableError(new Error("Failed query: select 1", { cause: withCode("CONNECTION_CLOSED") }))).toBe(true);
    expect(isDatabaseUnavailableError(Object.assign(new AggregateError([withCode("ECONNREFUSED"), withCode("ECONNREFUSED")]), { code: undefined }))).toBe(true);
    expect(isDatabaseUnavailableError(new Error("Failed query", { cause: withCode("23505") }))).toBe(false);
  });

  describe("against a port where no database listens", () => {
    const connection = connectDatabase("postgres://postgres@127.0.0.1:1/none");
    afterAll(() => connection.close());

    test("the error postgres.js and Drizzle really throw is recognised", async () => {
      const error = await connection.db.execute(sql`select 1`).then(
        () => null,
        (thrown: unknown) => thrown,
      );
      expect(error).not.toBeNull();
      expect(isDatabaseUnavailableError(error)).toBe(true);
    });
  });
});

describe("the outage page", () => {
  test("is a 503 with Retry-After that no cache keeps", async () => {
    const response = outagePage("de");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe(String(OUTAGE_RETRY_AFTER_SECONDS));
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
  });

  test("speaks German by default, with a line in English for those who have not chosen", async () => {
    const html = await outagePageFor(new NextRequest("http://localhost/impressum")).text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain(`<h1>${messages.de.outage.title}</h1>`);
    expect(html).toContain(`<p class="other" lang="en">${messages.en.outage.title}.`);
    expect(html).toContain("Kiezwerk");
  });

  test("speaks English to a reader whose locale cookie says so", async () => {
    const request = new NextRequest("http://localhost/impressum", { headers: { cookie: "authjs.session-token=abc; NEXT_LOCALE=en" } });
    const html = await outagePageFor(request).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`<h1>${messages.en.outage.title}</h1>`);
    expect(html).not.toContain(`<h1>${messages.de.outage.title}</h1>`);
  });

  test("loads nothing from anywhere: no script, no stylesheet, no image", async () => {
    const html = await outagePage("en").text();
    expect(html).not.toMatch(/<script|<link|<img|src=/i);
  });
});
