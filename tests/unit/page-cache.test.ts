import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterEach, describe, expect, test } from "vitest";
import { sessionCookieName } from "@/lib/auth/cookies";
import { canonicalOf, withVisitorCopies } from "@/lib/cache/visitor-paths";
import { SESSION_COOKIE_NAMES, visitorRewrites } from "@/lib/cache/visitor-rewrites";

const require = createRequire(import.meta.url);
const STORE = Symbol.for("kiezwerk.cache.invalidations");
type Handler = { get(key: string, ctx?: object): Promise<unknown>; set(key: string, data: unknown, ctx?: object): Promise<void>; revalidateTag(tags: string | string[]): Promise<void> };
const Handler = require("../../lib/cache/next-cache-handler.cjs") as new () => Handler;

const page = (tags: string[]) => ({ kind: "APP_PAGE", html: "<p>x</p>", headers: { "x-next-cache-tags": tags.join(",") } });
const detailTags = ["_N_T_/layout", "_N_T_/besuch/layout", "_N_T_/besuch/de/layout", "_N_T_/besuch/de/bekanntmachungen/layout", "_N_T_/besuch/de/bekanntmachungen/a1/page", "_N_T_/besuch/de/bekanntmachungen/a1"];

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[STORE];
});

describe("the page cache handler", () => {
  test("a cached page is served until a path above it, or the page itself, is invalidated", async () => {
    const handler = new Handler();
    await handler.get("detail");
    await handler.set("detail", page(detailTags));
    expect(await handler.get("detail")).toMatchObject({ value: { html: "<p>x</p>" } });

    await new Promise((resolve) => setTimeout(resolve, 2));
    await handler.revalidateTag("_N_T_/besuch/de/bekanntmachungen/other");
    expect(await handler.get("detail"), "another page's invalidation leaves it").not.toBeNull();

    await new Promise((resolve) => setTimeout(resolve, 2));
    await handler.revalidateTag("_N_T_/besuch/de/bekanntmachungen/layout");
    expect(await handler.get("detail"), "the list's layout covers its details").toBeNull();
  });

  test("asks the registered shared store, and renders anew when the store cannot answer", async () => {
    const asked: string[][] = [];
    (globalThis as Record<symbol, unknown>)[STORE] = {
      invalidate: async () => {},
      invalidatedSince: async (keys: string[]) => {
        asked.push(keys);
        if (asked.length > 1) throw new Error("database down");
        return false;
      },
    };
    const handler = new Handler();
    await handler.set("detail", page(detailTags));
    expect(await handler.get("detail")).not.toBeNull();
    expect(asked[0]).toEqual(expect.arrayContaining(["/", "/besuch/de/bekanntmachungen", "=/besuch/de/bekanntmachungen/a1"]));
    expect(await handler.get("detail")).toBeNull();
  });
});

describe("invalidation keys", () => {
  test("a canonical path reaches the cached copies in both languages; the home page alone is exact", () => {
    expect(withVisitorCopies("/bekanntmachungen")).toEqual(["/bekanntmachungen", "/besuch/de/bekanntmachungen", "/besuch/en/bekanntmachungen"]);
    expect(withVisitorCopies("=/")).toEqual(["=/", "=/besuch/de", "=/besuch/en"]);
    expect(withVisitorCopies("/")).toEqual(["/"]);
    expect(canonicalOf("/besuch/en/impressum")).toBe("/impressum");
    expect(canonicalOf("/besuch/de")).toBe("/");
    expect(canonicalOf("/impressum")).toBeNull();
  });
});

describe("the visitors' rewrites", () => {
  test("never apply with a session cookie, under either of its names", () => {
    expect(SESSION_COOKIE_NAMES).toContain(sessionCookieName({ AUTH_URL: "http://localhost" } as unknown as NodeJS.ProcessEnv));
    expect(SESSION_COOKIE_NAMES).toContain(sessionCookieName({ AUTH_URL: "https://kiez.example" } as unknown as NodeJS.ProcessEnv));
    for (const rule of visitorRewrites()) {
      for (const name of SESSION_COOKIE_NAMES) expect(rule.missing, rule.source).toContainEqual({ type: "cookie", key: name });
    }
    // proxy.ts states the names as literals (Next.js reads its matcher statically).
    const proxy = readFileSync("proxy.ts", "utf8");
    for (const name of SESSION_COOKIE_NAMES) expect(proxy).toContain(`key: "${name}"`);
  });

  test("send an English reader to the English copy and nobody else", () => {
    const imprint = visitorRewrites().filter((rule) => rule.source === "/impressum");
    expect(imprint.find((r) => r.destination === "/besuch/en/impressum")?.has).toEqual([{ type: "cookie", key: "NEXT_LOCALE", value: "en" }]);
    expect(imprint.find((r) => r.destination === "/besuch/de/impressum")?.missing).toContainEqual({ type: "cookie", key: "NEXT_LOCALE", value: "en" });
  });
});
