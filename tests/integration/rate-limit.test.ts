import { like, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb, type DatabaseConnection } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { consumeRateLimit, consumeRateLimits, RATE_LIMITS, resetRateLimit } from "@/lib/rate-limit";
import { uniqueSuffix } from "../support/factories";

const newAddress = () => `limit-${uniqueSuffix()}@kiezwerk.example`;
const LINKS = RATE_LIMITS.linkPerAddress;

type AppGlobals = { kiezwerkDb?: DatabaseConnection; kiezwerkLimiters?: Map<string, unknown> };
const appGlobals = globalThis as unknown as AppGlobals;

const secondConnection = () => appGlobals.kiezwerkDb;

/** Runs `work` as a second app instance would: its own database connection and its own limiter objects. */
async function asSecondInstance<T>(work: () => Promise<T>): Promise<T> {
  const first = { db: appGlobals.kiezwerkDb, limiters: appGlobals.kiezwerkLimiters };
  appGlobals.kiezwerkDb = undefined;
  appGlobals.kiezwerkLimiters = undefined;
  try {
    return await work();
  } finally {
    // The connection getDb() opened for the second instance (read through a function: TS would
    // otherwise assume the property is still undefined).
    await secondConnection()?.close();
    appGlobals.kiezwerkDb = first.db;
    appGlobals.kiezwerkLimiters = first.limiters;
  }
}

const backendPid = async () => (await getDb().execute<{ pid: number }>(sql`select pg_backend_pid() as pid`))[0]!.pid;

describe("rate limits", () => {
  test(`a sign-in link can be requested ${LINKS.points} times per address, then the wait is told`, async () => {
    const address = newAddress();
    for (let i = 0; i < LINKS.points; i++) {
      expect(await consumeRateLimit("linkPerAddress", address)).toEqual({ allowed: true });
    }
    const refused = await consumeRateLimit("linkPerAddress", address);
    expect(refused.allowed).toBe(false);
    const { retryAfterSeconds } = refused as { retryAfterSeconds: number };
    expect(retryAfterSeconds).toBeGreaterThan(LINKS.duration - 60);
    expect(retryAfterSeconds).toBeLessThanOrEqual(LINKS.duration);

    // Another address is not affected.
    expect(await consumeRateLimit("linkPerAddress", newAddress())).toEqual({ allowed: true });
  });

  test("the same address in other letter case counts against the same bucket", async () => {
    const address = newAddress();
    await consumeRateLimit("linkPerAddress", address.toUpperCase());
    await consumeRateLimit("linkPerAddress", address);
    await consumeRateLimit("linkPerAddress", `${address[0]!.toUpperCase()}${address.slice(1)}`);
    expect((await consumeRateLimit("linkPerAddress", address)).allowed).toBe(false);
  });

  test("two app instances with separate connections count against one bucket in PostgreSQL", async () => {
    const address = newAddress();
    const pidOfFirst = await backendPid();

    // Instance 1 uses two of the three attempts …
    expect(await consumeRateLimit("linkPerAddress", address)).toEqual({ allowed: true });
    expect(await consumeRateLimit("linkPerAddress", address)).toEqual({ allowed: true });

    // … instance 2, which has never seen this address in memory, gets the third and is then refused.
    await asSecondInstance(async () => {
      if (process.env.DATABASE_EMBEDDED !== "1") expect(await backendPid()).not.toBe(pidOfFirst);
      expect(await consumeRateLimit("linkPerAddress", address)).toEqual({ allowed: true });
      expect((await consumeRateLimit("linkPerAddress", address)).allowed).toBe(false);
    });

    // Instance 1 sees the attempts instance 2 made.
    expect((await consumeRateLimit("linkPerAddress", address)).allowed).toBe(false);
    const [bucket] = await getDb().select().from(rateLimits).where(like(rateLimits.key, `%${address}`));
    expect(bucket?.points).toBe(5);
  });

  test("a full bucket frees up once its time has passed", async () => {
    const address = newAddress();
    for (let i = 0; i <= LINKS.points; i++) await consumeRateLimit("linkPerAddress", address);
    expect((await consumeRateLimit("linkPerAddress", address)).allowed).toBe(false);

    await getDb()
      .update(rateLimits)
      .set({ expire: new Date(Date.now() - 1000) })
      .where(like(rateLimits.key, `%${address}`));

    expect(await consumeRateLimit("linkPerAddress", address)).toEqual({ allowed: true });
  });

  test("a reset (after a successful sign-in) gives the account its attempts back", async () => {
    const account = `konto_${uniqueSuffix()}`;
    for (let i = 0; i < RATE_LIMITS.passwordPerAccount.points; i++) await consumeRateLimit("passwordPerAccount", account);
    expect((await consumeRateLimit("passwordPerAccount", account)).allowed).toBe(false);

    await resetRateLimit("passwordPerAccount", account.toUpperCase());

    expect(await consumeRateLimit("passwordPerAccount", account)).toEqual({ allowed: true });
  });

  test("several buckets: each counts every attempt, so changing the address does not escape the per-IP limit", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}-${uniqueSuffix()}`;
    for (let i = 0; i < RATE_LIMITS.linkPerIp.points; i++) {
      expect(await consumeRateLimits([["linkPerAddress", newAddress()], ["linkPerIp", ip]])).toEqual({ allowed: true });
    }
    const refused = await consumeRateLimits([["linkPerAddress", newAddress()], ["linkPerIp", ip]]);
    expect(refused.allowed).toBe(false);
    // The longer wait of the full buckets (the hourly IP bucket) is the one reported.
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(LINKS.duration);
  });

  test("several buckets: an attempt refused by one bucket still counts in the others", async () => {
    const ip = `203.0.113.7-${uniqueSuffix()}`;
    const address = newAddress();
    // Hammering one address: refused after three, but every attempt uses up the IP's budget too …
    for (let i = 0; i < RATE_LIMITS.linkPerIp.points; i++) await consumeRateLimits([["linkPerAddress", address], ["linkPerIp", ip]]);
    // … so a fresh address from the same IP is refused as well.
    expect((await consumeRateLimits([["linkPerAddress", newAddress()], ["linkPerIp", ip]])).allowed).toBe(false);
  });
});
