import "server-only";
import { headers } from "next/headers";

/** Where residents find Kiezwerk, as printed on a letter: the public URL's host, else the request's. */
export async function siteAddress(): Promise<string> {
  const configured = process.env.AUTH_URL;
  if (configured) {
    try {
      return new URL(configured).host;
    } catch {
      // A malformed AUTH_URL fails at sign-in already; fall back to the request's host here.
    }
  }
  const h = await headers();
  return h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
}
