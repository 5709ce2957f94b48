import "server-only";
import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";

/**
 * The client's address as our HTTP server resolved it from the socket and TRUSTED_PROXIES. A
 * client's own X-Forwarded-For never counts here: it would reset every per-address limit.
 */
export async function clientIp(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) || "unknown";
}
