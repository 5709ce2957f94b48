import "server-only";
import { headers } from "next/headers";

/**
 * The site's public origin for absolute URLs (feeds, <link rel="alternate">): AUTH_URL when the
 * operator set one (behind a proxy the request may see an internal host), else the request's own.
 */
function configuredOrigin(): string | null {
  const configured = process.env.AUTH_URL;
  if (!configured) return null;
  try {
    return new URL(configured).origin;
  } catch {
    return null;
  }
}

export function originOfRequest(request: Request): string {
  return configuredOrigin() ?? new URL(request.url).origin;
}

/** The same for pages, which see the request only through its headers. */
export async function originOfPage(): Promise<string> {
  const fromConfig = configuredOrigin();
  if (fromConfig) return fromConfig;
  const list = await headers();
  const host = list.get("host") ?? "localhost";
  const protocol = list.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return `${protocol}://${host}`;
}
