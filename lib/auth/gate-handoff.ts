import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { SessionUser } from "./session-lookup";

// No "server-only" here: proxy.ts uses this too.

/**
 * The gate looks the session up on every request; so that the page does not look it up a second
 * time, the gate hands what it found to the page in a request header. The header is sealed with a
 * key that exists only in this process (shared by the gate's and the pages' bundles through
 * globalThis), bound to the session cookie of the same request, and valid for a few seconds: a
 * client cannot forge or replay it, and a page that finds no valid seal looks the session up itself.
 */
export const GATE_USER_HEADER = "x-kiezwerk-gate-user";

const VALID_FOR_MS = 30_000;

const store = globalThis as typeof globalThis & { __kiezwerkGateHandoffKey?: Buffer };
const key = () => (store.__kiezwerkGateHandoffKey ??= randomBytes(32));

const mac = (sessionToken: string, payload: string) => createHmac("sha256", key()).update(`${sessionToken}\n${payload}`).digest();

interface Payload {
  at: number;
  user: (Omit<SessionUser, "suspendedUntil"> & { suspendedUntil: string | null }) | null;
}

/** The header value for the user behind this session token (null: the cookie has no session behind it). */
export function sealGateUser(sessionToken: string, user: SessionUser | null, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ at: now, user } satisfies { at: number; user: SessionUser | null })).toString("base64url");
  return `${payload}.${mac(sessionToken, payload).toString("base64url")}`;
}

/** What the gate handed over for this session token, or undefined when there is no valid seal. */
export function openGateUser(value: string | null | undefined, sessionToken: string, now = Date.now()): { user: SessionUser | null } | undefined {
  if (!value) return undefined;
  const [payload, seal, ...rest] = value.split(".");
  if (!payload || !seal || rest.length > 0) return undefined;
  const expected = mac(sessionToken, payload);
  const given = Buffer.from(seal, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  const parsed = JSON.parse(Buffer.from(payload, "base64url").toString()) as Payload;
  if (!(now - parsed.at >= 0 && now - parsed.at < VALID_FOR_MS)) return undefined;
  if (!parsed.user) return { user: null };
  return { user: { ...parsed.user, suspendedUntil: parsed.user.suspendedUntil ? new Date(parsed.user.suspendedUntil) : null } };
}
