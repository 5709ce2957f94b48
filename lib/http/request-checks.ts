import type { NextRequest } from "next/server";

/** Next.js's own limit for a server action's body (serverActions.bodySizeLimit), stated once. */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

export type RequestRefusal = { status: 400 | 403 | 413; reason: "invalid_address" | "foreign_origin" | "too_large" };

export const isServerActionRequest = (request: NextRequest) => request.method === "POST" && request.headers.has("next-action");

/** A path or query value the database could never store: a NUL byte or bytes that are not UTF-8. */
function hasUnusableText(encoded: string) {
  try {
    return decodeURIComponent(encoded).includes("\u0000");
  } catch {
    return true;
  }
}

/**
 * Refusals the gate gives before any page or action runs, so that bad input ends in a 4xx rather
 * than an error deep in a query: unusable characters in the address, server actions posted from
 * another site, and action bodies over the limit.
 */
export function refuseBadRequest(request: NextRequest): RequestRefusal | null {
  const { pathname, search } = request.nextUrl;
  if (hasUnusableText(pathname) || hasUnusableText(search.replaceAll("+", " "))) return { status: 400, reason: "invalid_address" };

  if (isServerActionRequest(request)) {
    const origin = request.headers.get("origin");
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    if (origin && host) {
      let originHost: string | null = null;
      try {
        originHost = new URL(origin).host;
      } catch {
        // "null" or garbage: not our site.
      }
      if (originHost !== host) return { status: 403, reason: "foreign_origin" };
    }
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > ACTION_BODY_LIMIT_BYTES) return { status: 413, reason: "too_large" };
  }
  return null;
}
