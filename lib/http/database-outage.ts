import { NextResponse, type NextRequest } from "next/server";
import { localeFromCookieHeader, locales, type Locale } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { isDatabaseReachable } from "./database-probe";

/** How long a client (or a crawler) is asked to wait before it tries again. */
export const OUTAGE_RETRY_AFTER_SECONDS = 30;

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

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

// The site's look without its stylesheet (whose file name changes with every build): the colours
// and spacing of the header, the page heading and the links in app/globals.css.
const STYLE = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;min-height:100vh;display:flex;flex-direction:column;background:#f8fafc;color:#0f172b;
font-family:ui-sans-serif,system-ui,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif;line-height:1.5;-webkit-font-smoothing:antialiased}
header{background:#fff;border-bottom:1px solid #cad5e2}
.bar{max-width:56rem;margin:0 auto;padding:.75rem 1rem}
.brand{font-size:1.5rem;line-height:2rem;font-weight:700;color:#1c398e}
main{flex:1;width:100%;max-width:56rem;margin:0 auto;padding:2rem 1rem}
.panel{max-width:36rem;display:flex;flex-direction:column;gap:1rem}
h1{margin:0;font-size:1.875rem;line-height:2.25rem;font-weight:700;letter-spacing:-.025em;color:#020618}
p{margin:0}
a{color:#193cb8;text-decoration:underline;text-underline-offset:2px}a:hover{color:#162456}
:focus-visible{outline:3px solid #fe9a00;outline-offset:2px}
.other{color:#314158;font-size:.875rem;line-height:1.25rem}
`.replace(/\n/g, "");

function outageHtml(locale: Locale): string {
  const t = messages[locale].outage;
  // Nobody can switch the language on this page, so the other language gets a line of its own.
  const other = locales.find((candidate) => candidate !== locale)!;
  const o = messages[other].outage;
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><div class="bar"><span class="brand">Kiezwerk</span></div></header>
<main>
<div class="panel">
<h1>${escapeHtml(t.title)}</h1>
<p>${escapeHtml(t.text)}</p>
<p>${escapeHtml(t.hint)}</p>
<p><a href="">${escapeHtml(t.reload)}</a></p>
<p class="other" lang="${other}">${escapeHtml(o.title)}. ${escapeHtml(o.hint)}</p>
</div>
</main>
</body>
</html>
`;
}
