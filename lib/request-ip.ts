import "server-only";
import { headers } from "next/headers";

/** The client's address as seen by the first proxy in front of us (or Next's own server). */
export async function clientIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "unknown";
}
