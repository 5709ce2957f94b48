import "server-only";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/db/client";
import { rateLimits } from "@/db/schema";

/** Limits stored in PostgreSQL, so every app instance counts against the same buckets. */
export const RATE_LIMITS = {
  linkPerAddress: { points: 3, duration: 15 * 60 },
  linkPerIp: { points: 30, duration: 60 * 60 },
  passwordPerAccount: { points: 5, duration: 15 * 60 },
  passwordPerIp: { points: 50, duration: 15 * 60 },
  // Verification codes cannot be guessed (~79 bits), but typing attempts are still limited.
  verificationCodePerAccount: { points: 5, duration: 15 * 60 },
  verificationCodePerIp: { points: 30, duration: 15 * 60 },
  // Building a data export reads everything about a person: a few per hour are plenty.
  exportPerAccount: { points: 3, duration: 60 * 60 },
  accessibilityFeedbackPerIp: { points: 5, duration: 60 * 60 },
  // New conversations per person (answering is not limited): organising needs a few an hour, spam many.
  conversationsPerAccount: { points: 10, duration: 60 * 60 },
} as const;

export type RateLimitName = keyof typeof RATE_LIMITS;

export type RateLimitOutcome = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const globalForLimiters = globalThis as unknown as { kiezwerkLimiters?: Map<RateLimitName, RateLimiterDrizzle> };

function limiter(name: RateLimitName) {
  globalForLimiters.kiezwerkLimiters ??= new Map();
  let instance = globalForLimiters.kiezwerkLimiters.get(name);
  if (!instance) {
    instance = new RateLimiterDrizzle({
      storeClient: getDb(),
      schema: rateLimits,
      keyPrefix: name,
      ...RATE_LIMITS[name],
      // Expired buckets are overwritten on the next hit; no timer per process.
      clearExpiredByTimeout: false,
    });
    globalForLimiters.kiezwerkLimiters.set(name, instance);
  }
  return instance;
}

/** Counts one attempt against `key`; refuses once the bucket is full, with the time until it frees up. */
export async function consumeRateLimit(name: RateLimitName, key: string): Promise<RateLimitOutcome> {
  try {
    await limiter(name).consume(key.toLowerCase());
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
    throw rejection;
  }
}

/** Consumes from every bucket, so each counts the attempt; refuses with the longest wait of those full. */
export async function consumeRateLimits(checks: Array<[RateLimitName, string]>): Promise<RateLimitOutcome> {
  const outcomes = [];
  for (const [name, key] of checks) outcomes.push(await consumeRateLimit(name, key));
  const refused = outcomes.filter((o): o is { allowed: false; retryAfterSeconds: number } => !o.allowed);
  if (refused.length === 0) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(...refused.map((o) => o.retryAfterSeconds)) };
}

export async function resetRateLimit(name: RateLimitName, key: string) {
  await limiter(name).delete(key.toLowerCase());
}
