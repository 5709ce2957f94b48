import type { NextRequest } from "next/server";

/**
 * Next.js's own limit for a server action's body (serverActions.bodySizeLimit "9mb" in next.config.ts:
 * an upload of up to 8 MB, lib/uploads/limits.ts, with the form's fields), stated once for the gate.
 */
export const ACTION_BODY_LIMIT_BYTES = 9 * 1024 * 1024;

export type RequestRefusal = { status: 400 | 403 | 413; reason: "invalid_address" | "foreign_origin" | "too_large" | "malformed" };

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

/** The body, or null when it is longer than `limit` bytes (a chunked body states no length up front). */
async function readAtMost(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    // Past the limit, keep reading without keeping: a cancelled body would reset the connection
    // before the client ever sees the 413.
    if (size <= limit) chunks.push(value);
  }
  if (size > limit) return null;
  const all = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

/**
 * A server action's body must be what React's client sends (JSON text, or multipart form data):
 * anything else made Next.js answer 500 for the actions on the page it was posted to.
 */
export async function refuseMalformedAction(request: NextRequest): Promise<RequestRefusal | null> {
  if (!isServerActionRequest(request)) return null;
  const body = await readAtMost(request.clone().body, ACTION_BODY_LIMIT_BYTES);
  if (body === null) return { status: 413, reason: "too_large" };
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.startsWith("multipart/form-data")) await new Response(body as Uint8Array<ArrayBuffer>, { headers: { "content-type": type } }).formData();
    else JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
  } catch {
    return { status: 400, reason: "malformed" };
  }
  return null;
}
