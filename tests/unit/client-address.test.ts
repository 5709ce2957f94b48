import { describe, expect, test } from "vitest";
import { clientAddressOf, trustedProxies } from "@/lib/http/client-address";

const request = (socketAddress: string, forwardedFor?: string) => ({
  socket: { remoteAddress: socketAddress },
  headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
}) as unknown as Parameters<typeof clientAddressOf>[0];

describe("the client's address", () => {
  test("without TRUSTED_PROXIES is the socket's: a spoofed X-Forwarded-For changes nothing", () => {
    const trust = trustedProxies(undefined);
    const addresses = ["1.1.1.1", "2.2.2.2", "3.3.3.3"].map((spoofed) => clientAddressOf(request("203.0.113.7", spoofed), trust));
    expect(new Set(addresses)).toEqual(new Set(["203.0.113.7"]));
  });

  test("behind one trusted nginx is the address nginx appended, not what the client prepended", () => {
    const trust = trustedProxies("127.0.0.1");
    // nginx: proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for → "<client's own header>, <peer>".
    expect(clientAddressOf(request("127.0.0.1", "6.6.6.6, 198.51.100.4"), trust)).toBe("198.51.100.4");
    expect(clientAddressOf(request("127.0.0.1", "198.51.100.4"), trust)).toBe("198.51.100.4");
  });

  test("a request that bypasses the proxy is not believed", () => {
    const trust = trustedProxies("10.0.0.0/8");
    expect(clientAddressOf(request("203.0.113.9", "6.6.6.6"), trust)).toBe("203.0.113.9");
  });

  test("a hop count trusts exactly that many proxies from our side", () => {
    const trust = trustedProxies("2");
    expect(clientAddressOf(request("10.0.0.2", "6.6.6.6, 198.51.100.4, 10.0.0.1"), trust)).toBe("198.51.100.4");
  });

  test("names like loopback are understood", () => {
    expect(clientAddressOf(request("::1", "198.51.100.4"), trustedProxies("loopback"))).toBe("198.51.100.4");
  });
});
