import { NextResponse, type NextRequest } from "next/server";
import { sessionCookieName } from "@/lib/auth/cookies";
import { canonicalOf } from "@/lib/cache/visitor-paths";
import {
  areaRuleFor,
  FORBIDDEN_PATH,
  isAlwaysOpen,
  isOpenToSuspended,
  PROFILE_COMPLETION_PATH,
  SIGN_IN_PATH,
  SUSPENDED_PATH,
  underPath,
} from "@/lib/auth/gate";
import { GATE_USER_HEADER, sealGateUser } from "@/lib/auth/gate-handoff";
import { findSessionUser } from "@/lib/auth/session-lookup";
import { databaseOutageResponse, isDatabaseUnavailableError, outagePageFor } from "@/lib/http/database-outage";
import { isServerActionRequest, refuseBadRequest, refuseMalformedAction } from "@/lib/http/request-checks";
import { localeFromCookieHeader } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { UNSUBSCRIBE_API_PATH, UNSUBSCRIBE_PATH } from "@/lib/notifications/paths";
import { can, isActive, isSuspended } from "@/lib/policy";

/**
 * The request gate (Next.js 16's name for middleware; runs on Node.js). It reads the session
 * from the database on every request, so a suspension or role change applies on the next click.
 * Pages and server actions check the policy again: the gate is the first line, not the only one.
 * What it found it hands to the page (lib/auth/gate-handoff.ts), which then needs no second lookup.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const redirectTo = (path: string) => NextResponse.redirect(new URL(path, request.url), 303);
  // The hand-off header is the gate's alone: whatever a client sent under its name is dropped.
  const forwarded = new Headers(request.headers);
  forwarded.delete(GATE_USER_HEADER);
  const next = () => NextResponse.next({ request: { headers: forwarded } });

  const refusal = refuseBadRequest(request) ?? (await refuseMalformedAction(request));
  if (refusal) {
    const locale = localeFromCookieHeader(request.headers.get("cookie"));
    return new NextResponse(messages[locale].errors.request[refusal.reason], {
      status: refusal.status,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }

  // Sign-in requests only come from our own server actions (which rate-limit them), never from outside.
  if (request.method === "POST" && underPath(pathname, "/api/auth/signin")) {
    return new NextResponse(null, { status: 404 });
  }

  // RFC 8058 one-click unsubscribe: mail providers POST to the very URL in List-Unsubscribe, where
  // GET shows the confirmation page; a page and a route cannot share a path, so the POST goes to the route.
  if (request.method === "POST" && pathname === UNSUBSCRIBE_PATH && !isServerActionRequest(request)) {
    return NextResponse.rewrite(new URL(`${UNSUBSCRIBE_API_PATH}${search}`, request.url), { request: { headers: forwarded } });
  }

  // The database is unreachable: a 503 with Retry-After for everyone (a form's client keeps the text).
  const outage = await databaseOutageResponse(request);
  if (outage) return outage;

  // A server action answers for itself through its wrapper (e.g. "your account is suspended", with
  // the form's text kept); a redirect in reply to an action would only crash the page that posted it.
  if (isServerActionRequest(request)) return next();

  const token = request.cookies.get(sessionCookieName())?.value;
  const user = token ? await findSessionUser(token).catch((error) => (isDatabaseUnavailableError(error) ? outagePageFor(request) : Promise.reject(error))) : null;
  if (user instanceof NextResponse) return user;
  if (token) forwarded.set(GATE_USER_HEADER, sealGateUser(token, user));

  // A suspended person reads what any visitor reads; their own areas lead to the suspension page.
  if (user && isSuspended(user)) {
    return isOpenToSuspended(pathname) ? next() : redirectTo(SUSPENDED_PATH);
  }
  if (underPath(pathname, SUSPENDED_PATH)) return redirectTo("/");

  // A visitor's cached copy of a page, asked for with a session: the page itself, rendered for them.
  const canonical = user ? canonicalOf(pathname) : null;
  if (canonical) return redirectTo(`${canonical}${search}`);

  if (user && isActive(user) && !user.profileComplete) {
    return underPath(pathname, PROFILE_COMPLETION_PATH) || isAlwaysOpen(pathname)
      ? next()
      : redirectTo(PROFILE_COMPLETION_PATH);
  }
  if (underPath(pathname, PROFILE_COMPLETION_PATH)) return redirectTo(user ? "/" : SIGN_IN_PATH);

  const rule = areaRuleFor(pathname);
  if (rule && !can(user, rule)) {
    if (!user) return redirectTo(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(pathname + search)}`);
    return NextResponse.rewrite(new URL(FORBIDDEN_PATH, request.url), { status: 403, request: { headers: forwarded } });
  }
  return next();
}

// Next.js reads this statically: literals only. The session cookie's two names are those of
// lib/cache/visitor-rewrites.ts (SESSION_COOKIE_NAMES); tests/unit/page-cache.test.ts keeps them in step.
export const config = {
  matcher: [
    // Someone with a session, and every server action: every path.
    { source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|manifest.webmanifest|icons/).*)", has: [{ type: "cookie", key: "authjs.session-token" }] },
    { source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|manifest.webmanifest|icons/).*)", has: [{ type: "cookie", key: "__Secure-authjs.session-token" }] },
    { source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|manifest.webmanifest|icons/).*)", has: [{ type: "header", key: "next-action" }] },
    // A visitor: every path but those served from the page cache (lib/cache/visitor-rewrites.ts) —
    // the same for everyone, so there is nothing to check; each page's own guard still holds.
    {
      source:
        "/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|manifest.webmanifest|icons/|$|besuch/|(?:impressum|datenschutz|barrierefreiheit|leichte-sprache|nutzungsbedingungen|transparenz|bekanntmachungen|anliegen|projekte|ideen|mithelfen|termine)$|(?:bekanntmachungen|anliegen|projekte|ideen)/[0-9a-f-]{36}$|(?:bekanntmachungen|anliegen|ideen)/feed.xml$|projekte/[0-9a-f-]{36}/(?:feed.xml|mithelfen/[0-9a-f-]{36})$|bekanntmachungen/ortsteil/[a-z0-9-]+/feed.xml$).*)",
      missing: [
        { type: "cookie", key: "authjs.session-token" },
        { type: "cookie", key: "__Secure-authjs.session-token" },
      ],
    },
    // A visitor's own input in the address of a cached page: checked like any other (refuseBadRequest).
    { source: "/", has: [{ type: "query", key: "nach" }] },
    { source: "/transparenz", has: [{ type: "query", key: "monat" }] },
    { source: "/bekanntmachungen", has: [{ type: "query", key: "ortsteil" }] },
    { source: "/bekanntmachungen", has: [{ type: "query", key: "thema" }] },
    { source: "/bekanntmachungen", has: [{ type: "query", key: "after" }] },
    { source: "/bekanntmachungen/:id", has: [{ type: "query", key: "kommentare" }] },
    { source: "/anliegen", has: [{ type: "query", key: "after" }] },
    { source: "/projekte", has: [{ type: "query", key: "ab" }] },
    { source: "/mithelfen", has: [{ type: "query", key: "ortsteil" }] },
    { source: "/mithelfen", has: [{ type: "query", key: "thema" }] },
    { source: "/mithelfen", has: [{ type: "query", key: "datum" }] },
    { source: "/mithelfen", has: [{ type: "query", key: "after" }] },
    { source: "/termine", has: [{ type: "query", key: "ortsteil" }] },
    { source: "/termine", has: [{ type: "query", key: "thema" }] },
    { source: "/termine", has: [{ type: "query", key: "datum" }] },
    { source: "/termine", has: [{ type: "query", key: "after" }] },
    { source: "/ideen", has: [{ type: "query", key: "after" }] },
    { source: "/ideen", has: [{ type: "query", key: "status" }] },
    { source: "/ideen", has: [{ type: "query", key: "ortsteil" }] },
    { source: "/ideen/:id", has: [{ type: "query", key: "kommentare" }] },
    { source: "/projekte/:id", has: [{ type: "query", key: "ab" }] },
  ],
};
