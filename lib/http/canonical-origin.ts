import { NextResponse, type NextRequest } from "next/server";
import { publicOrigin } from "@/lib/config/public-origin";

/**
 * Development only: a page opened on another host than the configured origin (127.0.0.1, a LAN
 * name) is redirected to it, so the cookie a sign-in link sets is the one this browser sends. In
 * production the proxy in front decides which hosts reach us; health checks may use any.
 */
export function canonicalOriginRedirect(request: NextRequest, env: NodeJS.ProcessEnv = process.env): NextResponse | null {
  if (env.NODE_ENV === "production" || (request.method !== "GET" && request.method !== "HEAD")) return null;
  const origin = new URL(publicOrigin(env));
  const host = request.headers.get("host");
  if (!host || host === origin.host || request.nextUrl.pathname === "/api/health") return null;
  return NextResponse.redirect(new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, origin), 307);
}
