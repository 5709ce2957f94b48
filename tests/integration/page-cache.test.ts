import { createRequire } from "node:module";
import { inArray } from "drizzle-orm";
import { afterEach, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { announcements } from "@/db/schema";
import { invalidateAnnouncementsDue } from "@/lib/cache/announcements-due";
import { invalidatedSince, invalidatePaths, registerInvalidationStore } from "@/lib/cache/invalidations";
import { createAnnouncement } from "../support/announcement-factory";
import { uniqueSuffix } from "../support/factories";

const require = createRequire(import.meta.url);
type Handler = { get(key: string): Promise<unknown>; set(key: string, data: unknown): Promise<void>; revalidateTag(tags: string | string[]): Promise<void> };
const Handler = require("../../lib/cache/next-cache-handler.cjs") as new () => Handler;
const STORE = Symbol.for("kiezwerk.cache.invalidations");

const page = (path: string) => ({ kind: "APP_PAGE", html: path, headers: { "x-next-cache-tags": `_N_T_/layout,_N_T_${path}/layout,_N_T_${path}` } });
const later = () => new Promise((resolve) => setTimeout(resolve, 3));

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[STORE];
});

describe("the page cache's shared invalidations", () => {
  test("an invalidation written by one instance makes the other's copy stale at its next read", async () => {
    registerInvalidationStore();
    const path = `/besuch/de/bekanntmachungen/${uniqueSuffix()}`;
    const first = new Handler();
    const second = new Handler();
    await first.set(`a${path}`, page(path));
    expect(await first.get(`a${path}`)).not.toBeNull();

    await later();
    // A write on the "second instance": revalidatePath of the canonical page reaches the copies.
    await second.revalidateTag(`_N_T_${path.replace("/besuch/de", "")}`);
    expect(await first.get(`a${path}`)).toBeNull();
  });

  test("a path covers what is below it; a page alone covers nothing else", async () => {
    const id = uniqueSuffix();
    const before = Date.now() - 1;
    await invalidatePaths([`=/bekanntmachungen/${id}`]);
    expect(await invalidatedSince([`=/besuch/en/bekanntmachungen/${id}`], before)).toBe(true);
    expect(await invalidatedSince([`=/besuch/en/bekanntmachungen/${id}-other`], before)).toBe(false);
    expect(await invalidatedSince(["/besuch/en/bekanntmachungen"], before)).toBe(false);
    // An older invalidation never replaces a newer one (two instances writing out of order).
    await invalidatePaths([`=/bekanntmachungen/${id}`], before - 10_000);
    expect(await invalidatedSince([`=/bekanntmachungen/${id}`], before)).toBe(true);
  });

  test("an announcement that appears by the clock renews the cached lists and the home page", async () => {
    const now = new Date();
    const { id } = await createAnnouncement({ publishAt: new Date(now.getTime() - 60_000) });
    try {
      const before = Date.now() - 1;
      expect(await invalidateAnnouncementsDue(now)).toBe(true);
      expect(await invalidatedSince(["/besuch/de/bekanntmachungen"], before)).toBe(true);
      expect(await invalidatedSince(["=/besuch/de"], before)).toBe(true);
    } finally {
      await getDb().delete(announcements).where(inArray(announcements.id, [id]));
    }
    // Nothing changed by the clock in the window: nothing is invalidated.
    const farFuture = new Date(now.getTime() + 10 * 365 * 24 * 3600_000);
    expect(await invalidateAnnouncementsDue(farFuture)).toBe(false);
  });
});
