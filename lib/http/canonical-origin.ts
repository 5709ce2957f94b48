import { publicOrigin } from "@/lib/config/public-origin";

/**
 * Development only: a page opened on another host than the configured origin (127.0.0.1, a LAN
 * name) is sent to it, so the cookie a sign-in link sets is the one this browser sends. In
 * production the proxy in front decides which hosts reach us; health checks may use any.
 *
 * Our HTTP server (scripts/next-server.ts) asks this before Next.js sees the request: Next.js
 * reports every request under its own hostname and would turn the redirect into a relative one.
 */
export function canonicalOriginLocation(
  request: { method?: string; host?: string; url?: string },
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  if (env.NODE_ENV === "production" || (request.method !== "GET" && request.method !== "HEAD")) return null;
  const origin = new URL(publicOrigin(env));
  const path = request.url ?? "/";
  if (!request.host || request.host === origin.host || path === "/api/health" || path.startsWith("/api/health?")) return null;
  return new URL(path, origin).toString();
}
