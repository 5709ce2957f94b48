import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

/**
 * The header our HTTP server (scripts/next-server.ts) sets on every request to the client's
 * address, overwriting whatever the client sent under that name. The app reads only this header.
 */
export const CLIENT_ADDRESS_HEADER = "x-kiezwerk-client-address";

export type TrustedProxies = (address: string, hop: number) => boolean;

/**
 * TRUSTED_PROXIES: unset → trust nobody: the socket's address counts and X-Forwarded-For is ignored.
 * A number N → the N proxies nearest to us are trusted (e.g. 1 for one nginx in front).
 * A list → addresses, CIDR ranges or proxy-addr's names ("loopback", "linklocal", "uniquelocal").
 */
export function trustedProxies(setting: string | undefined): TrustedProxies {
  const value = setting?.trim();
  if (!value) return () => false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  const compiled = proxyaddr.compile(value.split(",").map((entry) => entry.trim()).filter(Boolean));
  return (address, hop) => compiled(address, hop);
}

/** The client's address: the first address in the forwarding chain that is not a trusted proxy. */
export function clientAddressOf(request: Pick<IncomingMessage, "headers" | "socket">, trust: TrustedProxies): string {
  return proxyaddr(request as IncomingMessage, trust);
}
