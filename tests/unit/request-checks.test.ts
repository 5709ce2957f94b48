import { NextRequest } from "next/server";
import { describe, expect, test } from "vitest";
import { canonicalOriginLocation } from "@/lib/http/canonical-origin";
import { ACTION_BODY_LIMIT_BYTES, refuseBadRequest } from "@/lib/http/request-checks";

const get = (path: string) => new NextRequest(`http://localhost:3000${path}`);
const action = (headers: Record<string, string>) =>
  new NextRequest("http://localhost:3000/bekanntmachungen/abc", { method: "POST", headers: { "next-action": "abc123", host: "localhost:3000", ...headers } });

describe("what the gate refuses before any page or action runs", () => {
  test.each(["/suche?q=%00", "/mitglieder/an%00ton", "/admin?q=a%00b", "/bekanntmachungen/%C3%28", "/suche?q=%C3%28", "/suche?q=%FF"])(
    "400 for text no database can store: %s",
    (path) => {
      expect(refuseBadRequest(get(path))).toEqual({ status: 400, reason: "invalid_address" });
    },
  );

  test.each(["/suche?q=B%C3%A4ume+Schulweg", "/mitglieder/anton", "/bekanntmachungen?ort=3&nach=eyJpZCI6MX0", "/"])("lets ordinary addresses through: %s", (path) => {
    expect(refuseBadRequest(get(path))).toBeNull();
  });

  test("403 for a server action posted from another site, 413 for one over the body limit", () => {
    expect(refuseBadRequest(action({ origin: "https://evil.example" }))).toEqual({ status: 403, reason: "foreign_origin" });
    expect(refuseBadRequest(action({ origin: "null" }))).toEqual({ status: 403, reason: "foreign_origin" });
    expect(refuseBadRequest(action({ origin: "http://localhost:3000", "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) }))).toEqual({
      status: 413,
      reason: "too_large",
    });
    expect(refuseBadRequest(action({ origin: "http://localhost:3000", "content-length": "120" }))).toBeNull();
  });
});

describe("the development server keeps one origin", () => {
  const dev = { NODE_ENV: "development", AUTH_URL: "http://localhost:3000" } as unknown as NodeJS.ProcessEnv;
  const at = (host: string, url = "/bekanntmachungen?ort=3", method = "GET") => ({ host, url, method });

  test("a page opened on 127.0.0.1 is sent to localhost with its path and query", () => {
    expect(canonicalOriginLocation(at("127.0.0.1:3000"), dev)).toBe("http://localhost:3000/bekanntmachungen?ort=3");
    expect(canonicalOriginLocation(at("kiezwerk.local:3000", "/"), dev)).toBe("http://localhost:3000/");
  });

  test("the configured host, posts, health checks and production are left alone", () => {
    expect(canonicalOriginLocation(at("localhost:3000"), dev)).toBeNull();
    expect(canonicalOriginLocation(at("127.0.0.1:3000", "/", "POST"), dev)).toBeNull();
    expect(canonicalOriginLocation(at("127.0.0.1:3000", "/api/health"), dev)).toBeNull();
    expect(canonicalOriginLocation(at("127.0.0.1:3000"), { ...dev, NODE_ENV: "production" })).toBeNull();
  });
});
