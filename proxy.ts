import { NextResponse, type NextRequest } from "next/server";
import { sessionCookieName } from "@/lib/auth/cookies";
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
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const redirectTo = (path: string) => NextResponse.redirect(new URL(path, request.url), 303);

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
    return NextResponse.rewrite(new URL(`${UNSUBSCRIBE_API_PATH}${search}`, request.url));
  }

  // The database is unreachable: a 503 with Retry-After for everyone (a form's client keeps the text).
  const outage = await databaseOutageResponse(request);
  if (outage) return outage;

  // A server action answers for itself through its wrapper (e.g. "your account is suspended", with
  // the form's text kept); a redirect in reply to an action would only crash the page that posted it.
  if (isServerActionRequest(request)) return NextResponse.next();

  const token = request.cookies.get(sessionCookieName())?.value;
  const user = token ? await findSessionUser(token).catch((error) => (isDatabaseUnavailableError(error) ? outagePageFor(request) : Promise.reject(error))) : null;
  if (user instanceof NextResponse) return user;

  // A suspended person reads what any visitor reads; their own areas lead to the suspension page.
  if (user && isSuspended(user)) {
    return isOpenToSuspended(pathname) ? NextResponse.next() : redirectTo(SUSPENDED_PATH);
  }
  if (underPath(pathname, SUSPENDED_PATH)) return redirectTo("/");

  if (user && isActive(user) && !user.profileComplete) {
    return underPath(pathname, PROFILE_COMPLETION_PATH) || isAlwaysOpen(pathname)
      ? NextResponse.next()
      : redirectTo(PROFILE_COMPLETION_PATH);
  }
  if (underPath(pathname, PROFILE_COMPLETION_PATH)) return redirectTo(user ? "/" : SIGN_IN_PATH);

  const rule = areaRuleFor(pathname);
  if (rule && !can(user, rule)) {
    if (!user) return redirectTo(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(pathname + search)}`);
    return NextResponse.rewrite(new URL(FORBIDDEN_PATH, request.url), { status: 403 });
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
