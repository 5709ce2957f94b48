// @ts-check
/**
 * Next.js's cache handler for pages and route responses (next.config.ts `cacheHandler`). Next.js loads
 * this file itself, outside the app's bundle, so it is plain CommonJS and knows nothing of the database:
 * the app registers the invalidation store on globalThis when it starts (lib/cache/invalidations.ts,
 * from instrumentation.ts).
 *
 * Entries live in this process's memory (each instance renders its own copy); invalidations live in
 * PostgreSQL, shared by all instances, and every read asks whether one of the entry's paths was
 * invalidated since it was rendered — so a write on one instance is fresh on every other one at the
 * very next request. Without a registered store
 * (during `next build`), invalidations are kept in memory.
 */

const STORE = Symbol.for("kiezwerk.cache.invalidations");
const TAGS_HEADER = "x-next-cache-tags";
const IMPLICIT_TAG = "_N_T_";
const MAX_ENTRIES = Number(process.env.PAGE_CACHE_MAX_ENTRIES ?? 2000);

/** @type {Map<string, { value: any; lastModified: number; cacheControl?: unknown }>} */
const entries = new Map();
/** @type {Map<string, number>} when each missing entry's render began: an invalidation during the render makes it stale */
const renderStarted = new Map();
/** @type {Map<string, number>} invalidations while no store is registered */
const localInvalidations = new Map();

/**
 * An invalidation key: "/a/b" for the path and everything below it (a layout tag), "=/a/b" for that
 * page alone (a page or path tag); other (explicit) tags as they are.
 */
function tagToKey(tag) {
  if (!tag.startsWith(IMPLICIT_TAG)) return tag;
  const path = tag.slice(IMPLICIT_TAG.length);
  if (path === "/layout") return "/";
  if (path.endsWith("/layout")) return path.slice(0, -"/layout".length);
  return `=${path.replace(/\/(page|route)$/, "") || "/"}`;
}

/** The keys whose invalidation makes an entry stale: its own paths exactly, and every ancestor of them. */
function keysOf(entry, extraTags) {
  const header = entry.value?.headers?.[TAGS_HEADER];
  const tags = [...(typeof header === "string" ? header.split(",") : []), ...(entry.value?.tags ?? []), ...(extraTags ?? [])];
  const keys = new Set(["/"]);
  for (const tag of tags) {
    const key = tagToKey(decodeURIComponent(tag));
    if (!key.startsWith("/") && !key.startsWith("=")) {
      keys.add(key);
      continue;
    }
    const path = key.replace(/^=/, "");
    keys.add(`=${path}`);
    const parts = path.split("/").filter(Boolean);
    for (let i = 1; i <= parts.length; i++) keys.add(`/${parts.slice(0, i).join("/")}`);
  }
  return [...keys];
}

function store() {
  return /** @type {{ invalidatedSince(paths: string[], since: number): Promise<boolean>; invalidate(paths: string[]): Promise<void> } | undefined} */ (
    /** @type {any} */ (globalThis)[STORE]
  );
}

module.exports = class KiezwerkCacheHandler {
  async get(key, ctx) {
    const entry = entries.get(key);
    if (!entry) {
      if (renderStarted.size > MAX_ENTRIES) renderStarted.clear();
      renderStarted.set(key, Date.now());
      return null;
    }
    const paths = keysOf(entry, ctx?.softTags);
    const shared = store();
    let stale;
    try {
      stale = shared
        ? await shared.invalidatedSince(paths, entry.lastModified)
        : paths.some((path) => (localInvalidations.get(path) ?? 0) > entry.lastModified);
    } catch {
      // Cannot tell whether it was invalidated: render anew rather than risk a stale page.
      stale = true;
    }
    if (stale) {
      entries.delete(key);
      renderStarted.set(key, Date.now());
      return null;
    }
    // Most recently used last, so eviction takes the oldest.
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  }

  async set(key, data, ctx) {
    if (!data) {
      entries.delete(key);
      return;
    }
    const lastModified = renderStarted.get(key) ?? Date.now();
    renderStarted.delete(key);
    entries.delete(key);
    entries.set(key, { value: data, lastModified, cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl });
    while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value);
  }

  async revalidateTag(tags) {
    const paths = [...new Set((Array.isArray(tags) ? tags : [tags]).map((tag) => tagToKey(decodeURIComponent(tag))))];
    if (paths.length === 0) return;
    const shared = store();
    if (shared) await shared.invalidate(paths);
    else for (const path of paths) localInvalidations.set(path, Date.now());
  }

  resetRequestCache() {}
};
