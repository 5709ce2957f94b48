import { NextResponse, type NextRequest } from "next/server";
import { localeFromCookieHeader, type Locale } from "@/lib/i18n/config";
import { isDatabaseReachable } from "./database-probe";
import { OUTAGE_RETRY_AFTER_SECONDS, outageHtml } from "./outage-page";

export { OUTAGE_RETRY_AFTER_SECONDS };

/**
 * The gate's answer while the database is unreachable: 503 with Retry-After and a self-contained
 * page, instead of a 500 or the framework's English error page. Null while the database answers.
 */
export async function databaseOutageResponse(request: NextRequest): Promise<NextResponse | null> {
  return (await isDatabaseReachable()) ? null : outagePageFor(request);
}

// Node's socket errors, postgres.js's own connection errors, and PostgreSQL's "the server is going
// away or not there yet" codes (class 08 connection exception, 57P01–57P03 shutdown and start-up).
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ETIMEDOUT",
  "EPIPE",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);

/**
 * Whether an error means "the database cannot be reached" rather than a bug or bad input. Looks
 * through Drizzle's wrapper (`cause`) and Node's AggregateError of several addresses (`errors`).
 */
export function isDatabaseUnavailableError(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 5) return false;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailableError(inner, depth + 1))) return true;
  return isDatabaseUnavailableError(cause, depth + 1);
}

/** The outage page in the reader's language (the locale cookie, German by default). */
export function outagePageFor(request: NextRequest): NextResponse {
  return outagePage(localeFromCookieHeader(request.headers.get("cookie")));
}

/** The 503 response itself. It reads nothing from the database, so it names the platform, not the district. */
export function outagePage(locale: Locale): NextResponse {
  return new NextResponse(outageHtml(locale), {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": String(OUTAGE_RETRY_AFTER_SECONDS),
      "Cache-Control": "no-store",
    },
  });
}

