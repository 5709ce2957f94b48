import type { IncomingMessage, ServerResponse } from "node:http";
import { SESSION_COOKIE_NAMES } from "@/lib/cache/visitor-rewrites";
import { localeFromCookieHeader } from "@/lib/i18n/config";
import { OUTAGE_RETRY_AFTER_SECONDS, outageHtml } from "./outage-page";
import { isDatabaseReachable } from "./database-probe";

/**
 * Visitors' pages come from the page cache and skip the gate (proxy.ts), which answers everyone
 * else with the outage page while the database is unreachable. Our HTTP server asks the same cached
 * probe for a visitor's request and answers it with that page itself: a 503 with Retry-After in the
 * reader's language, never the framework's error page. Returns whether it answered.
 */
export async function answerVisitorDuringOutage(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  const cookie = request.headers.cookie ?? "";
  if (SESSION_COOKIE_NAMES.some((name) => cookie.includes(`${name}=`))) return false;
  const path = request.url ?? "/";
  if (path.startsWith("/_next/") || path.startsWith("/api/")) return false;
  if (await isDatabaseReachable()) return false;
  response
    .writeHead(503, { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(OUTAGE_RETRY_AFTER_SECONDS), "Cache-Control": "no-store" })
    .end(outageHtml(localeFromCookieHeader(cookie)));
  return true;
}
