import { createHmac, timingSafeEqual } from "node:crypto";
import { isKnownKind, type NotificationKind } from "./kinds";

/** How long an unsubscribe link in a mail works: long enough for a mail read late, not forever. */
export const UNSUBSCRIBE_TOKEN_DAYS = 60;

function secret(env: NodeJS.ProcessEnv = process.env) {
  const value = env.AUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is not set: unsubscribe links cannot be signed.");
  return value;
}

// A separate purpose prefix: a signature made here is never valid for anything else signed with AUTH_SECRET.
const sign = (payload: string, key: string) => createHmac("sha256", key).update(`unsubscribe:${payload}`).digest("base64url");

/** What a token unsubscribes from: one kind, or (a digest's header) everything in that digest. */
export type UnsubscribeScope = NotificationKind | "daily" | "weekly";

/** A token naming one person and one kind, valid until `expires`: it is all the unsubscribe route needs. */
export function signUnsubscribeToken({ userId, kind, now = new Date(), key = secret() }: { userId: string; kind: UnsubscribeScope; now?: Date; key?: string }) {
  const expires = Math.floor(now.getTime() / 1000) + UNSUBSCRIBE_TOKEN_DAYS * 24 * 60 * 60;
  const payload = `${Buffer.from(userId).toString("base64url")}.${kind}.${expires}`;
  return `${payload}.${sign(payload, key)}`;
}

export type UnsubscribeTokenResult = { ok: true; userId: string; kind: UnsubscribeScope } | { ok: false; reason: "invalid" | "expired" };

/** Checks the signature (timing-safe) before anything else, then the expiry. */
export function verifyUnsubscribeToken(token: string, { now = new Date(), key = secret() }: { now?: Date; key?: string } = {}): UnsubscribeTokenResult {
  const parts = token.split(".");
  if (parts.length !== 4) return { ok: false, reason: "invalid" };
  const [user, kind, expires, signature] = parts as [string, string, string, string];
  const expected = Buffer.from(sign(`${user}.${kind}.${expires}`, key));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "invalid" };
  if (!(isKnownKind(kind) || kind === "daily" || kind === "weekly") || !/^\d+$/.test(expires)) return { ok: false, reason: "invalid" };
  if (Number(expires) * 1000 < now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, userId: Buffer.from(user, "base64url").toString("utf8"), kind };
}
