import { locales, type Locale } from "../i18n/config";

/**
 * Visitors' pages are served from the framework's page cache: a request without a session cookie is
 * rewritten (next.config.ts) to the same page under this prefix, with the language in the path —
 * routes in app/(besuch), which never read the request. Signed-in people keep the per-request pages.
 */
export const VISITOR_PREFIX = "/besuch";

export const visitorPath = (locale: Locale, path: string) => `${VISITOR_PREFIX}/${locale}${path === "/" ? "" : path}`;

/**
 * An invalidation key and the same for the cached copies in every language: "/a" is the path with
 * everything below it, "=/a" that page alone ("/" is everything).
 */
export function withVisitorCopies(key: string): string[] {
  const exact = key.startsWith("=");
  const path = exact ? key.slice(1) : key;
  if ((path === "/" && !exact) || !path.startsWith("/") || path === VISITOR_PREFIX || path.startsWith(`${VISITOR_PREFIX}/`)) return [key];
  const mark = exact ? "=" : "";
  return [key, ...locales.map((locale) => `${mark}${visitorPath(locale, path)}`)];
}

/** The canonical path of a cached copy ("/besuch/de/impressum" → "/impressum"), or null. */
export function canonicalOf(path: string): string | null {
  const match = new RegExp(`^${VISITOR_PREFIX}/(${locales.join("|")})(/.*)?$`).exec(path);
  return match ? (match[2] ?? "/") : null;
}

/** In a cached filtered list's path: the place of a filter that was not given. */
export const NO_FILTER_VALUE = "_";
