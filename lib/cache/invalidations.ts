import "server-only";
import { and, gt, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cacheInvalidations } from "@/db/schema";
import { withVisitorCopies } from "./visitor-paths";

/**
 * The page cache's shared invalidations (see lib/cache/next-cache-handler.cjs): a path invalidated
 * here is stale, with everything below it, on every app instance from the next request on.
 */
export async function invalidatePaths(paths: string[], at = Date.now()): Promise<void> {
  const rows = [...new Set(paths.flatMap(withVisitorCopies))].map((path) => ({ path, invalidatedAt: at }));
  if (rows.length === 0) return;
  await getDb()
    .insert(cacheInvalidations)
    .values(rows)
    .onConflictDoUpdate({ target: cacheInvalidations.path, set: { invalidatedAt: sql`greatest(${cacheInvalidations.invalidatedAt}, excluded.invalidated_at)` } });
}

/** Whether any of `paths` was invalidated after `since` (ms): one primary-key lookup per path. */
export async function invalidatedSince(paths: string[], since: number): Promise<boolean> {
  const rows = await getDb()
    .select({ path: cacheInvalidations.path })
    .from(cacheInvalidations)
    .where(and(inArray(cacheInvalidations.path, paths), gt(cacheInvalidations.invalidatedAt, since)))
    .limit(1);
  return rows.length > 0;
}

const STORE = Symbol.for("kiezwerk.cache.invalidations");

/** Lets the cache handler, which Next.js loads outside the app's bundle, reach the shared store. */
export function registerInvalidationStore() {
  (globalThis as Record<symbol, unknown>)[STORE] = { invalidate: (paths: string[]) => invalidatePaths(paths), invalidatedSince };
}
