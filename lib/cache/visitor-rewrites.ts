// Imported by next.config.ts: relative imports only (no "@/" alias there).
import { defaultLocale, LOCALE_COOKIE, locales } from "../i18n/config";
import { NO_FILTER_VALUE, VISITOR_PREFIX } from "./visitor-paths";

type Condition = { type: "cookie" | "query" | "header"; key: string; value?: string };
export type Rewrite = { source: string; destination: string; has?: Condition[]; missing?: Condition[] };

/** Both names the session cookie has (plain http in development, `__Secure-` behind https). */
export const SESSION_COOKIE_NAMES = ["authjs.session-token", "__Secure-authjs.session-token"];
const noSession: Condition[] = SESSION_COOKIE_NAMES.map((key) => ({ type: "cookie", key }));

/** The language conditions: a chosen language by its cookie; German also without any choice. */
function languageConditions(locale: string): { has?: Condition[]; missing?: Condition[] } {
  if (locale !== defaultLocale) return { has: [{ type: "cookie", key: LOCALE_COOKIE, value: locale }] };
  const others = locales.filter((l) => l !== defaultLocale).map((l): Condition => ({ type: "cookie", key: LOCALE_COOKIE, value: l }));
  return { missing: others };
}

/**
 * Pages that are the same for every visitor, with the query parameters that would make them differ.
 * Ids are UUIDs: "/anliegen/neu" and the like are other pages (which need a session) and stay with the gate.
 */
const CACHED_PAGES: Array<{ source: string; variesBy?: string[] }> = [
  { source: "/", variesBy: ["nach"] },
  { source: "/impressum" },
  { source: "/datenschutz" },
  { source: "/barrierefreiheit" },
  { source: "/leichte-sprache" },
  { source: "/nutzungsbedingungen" },
  { source: "/transparenz", variesBy: ["monat"] },
  { source: "/bekanntmachungen/:id([0-9a-f-]{36})", variesBy: ["kommentare"] },
  { source: "/bekanntmachungen/feed.xml" },
  { source: "/anliegen", variesBy: ["after"] },
  { source: "/anliegen/:id([0-9a-f-]{36})" },
  { source: "/anliegen/feed.xml" },
  { source: "/ideen", variesBy: ["after", "status", "ortsteil"] },
  { source: "/ideen/:id([0-9a-f-]{36})", variesBy: ["kommentare"] },
  { source: "/ideen/feed.xml" },
  { source: "/projekte", variesBy: ["ab"] },
  { source: "/projekte/:spaceId([0-9a-f-]{36})", variesBy: ["ab"] },
  { source: "/projekte/:spaceId([0-9a-f-]{36})/feed.xml" },
  { source: "/projekte/:spaceId([0-9a-f-]{36})/mithelfen/:shiftId([0-9a-f-]{36})" },
  { source: "/mithelfen", variesBy: ["ortsteil", "thema", "datum", "after"] },
  { source: "/termine", variesBy: ["ortsteil", "thema", "datum", "after"] },
  { source: "/bekanntmachungen/ortsteil/:slug([a-z0-9-]+)/feed.xml" },
];

/** The announcement filters, carried from the query into path segments of the cached copy. */
const LIST_FILTERS = ["ortsteil", "thema", "after"] as const;

/**
 * The rewrites (next.config.ts, `beforeFiles`) that send a request without a session cookie to the
 * cached copy of its page. Anything else — a session, a parameter the copy does not know, another
 * path — reaches the per-request page as before.
 */
export function visitorRewrites(): Rewrite[] {
  const rules: Rewrite[] = [];
  for (const locale of locales) {
    const language = languageConditions(locale);
    const missing = [...noSession, ...(language.missing ?? [])];
    const base = `${VISITOR_PREFIX}/${locale}`;
    for (const page of CACHED_PAGES) {
      rules.push({
        source: page.source,
        destination: `${base}${page.source === "/" ? "" : page.source.replace(/\(.*\)/, "")}`,
        has: language.has,
        missing: [...missing, ...(page.variesBy ?? []).map((key): Condition => ({ type: "query", key }))],
      });
    }
    // The list, with every combination of its filters given or not.
    for (let mask = 0; mask < 1 << LIST_FILTERS.length; mask++) {
      const given = LIST_FILTERS.filter((_, i) => mask & (1 << i));
      const absent = LIST_FILTERS.filter((key) => !given.includes(key));
      const segments = LIST_FILTERS.map((key) => (given.includes(key) ? `:${key}` : NO_FILTER_VALUE));
      rules.push({
        source: "/bekanntmachungen",
        destination: mask === 0 ? `${base}/bekanntmachungen` : `${base}/bekanntmachungen/auswahl/${segments.join("/")}`,
        has: [...(language.has ?? []), ...given.map((key): Condition => ({ type: "query", key, value: `(?<${key}>[^/]+)` }))],
        missing: [...missing, ...absent.map((key): Condition => ({ type: "query", key }))],
      });
    }
  }
  return rules;
}
