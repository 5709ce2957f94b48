import "server-only";
import { publicOrigin } from "@/lib/config/public-origin";

/**
 * The site's public origin for absolute URLs (feeds, <link rel="alternate">, links in mails): always
 * the configured one (lib/config/public-origin.ts), never the request's Host or X-Forwarded-Host.
 */
export function originOfRequest(): string {
  return publicOrigin();
}

/** The same for pages and actions. */
export async function originOfPage(): Promise<string> {
  return publicOrigin();
}
