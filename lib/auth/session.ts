import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db/client";
import { sessions } from "@/db/schema";
import { SESSION_MAX_AGE_SECONDS, sessionCookieName, wantsSecureCookies } from "./cookies";
import { GATE_USER_HEADER, openGateUser } from "./gate-handoff";
import { findSessionUser, type SessionUser } from "./session-lookup";

export type { SessionUser };

/**
 * The current request's user, or null for a visitor. Cached for the duration of one request; on a
 * request the gate has looked up already, taken from its hand-off instead of a second query.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(sessionCookieName())?.value;
  if (!token) return null;
  const handed = openGateUser((await headers()).get(GATE_USER_HEADER), token);
  return handed ? handed.user : findSessionUser(token);
});

/**
 * Password sign-ins create the database session themselves: Auth.js's Credentials provider would
 * only ever write a JWT, and all sessions here live in the database so they can be ended at once.
 */
export async function startSession(userId: string) {
  const sessionToken = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
  await getDb().insert(sessions).values({ sessionToken, userId, expires });
  (await cookies()).set(sessionCookieName(), sessionToken, {
    httpOnly: true,
    sameSite: "lax",
    secure: wantsSecureCookies(),
    path: "/",
    expires,
  });
}

/**
 * Whether the request carries a session cookie at all: with no session behind it, the person was
 * signed in and no longer is (signed out everywhere, suspended, or the session ran out).
 */
export async function hasSessionCookie(): Promise<boolean> {
  return (await cookies()).get(sessionCookieName()) !== undefined;
}

export async function endCurrentSession() {
  const jar = await cookies();
  const token = jar.get(sessionCookieName())?.value;
  if (token) await getDb().delete(sessions).where(eq(sessions.sessionToken, token));
  jar.delete(sessionCookieName());
}

export async function endAllSessions(userId: string) {
  await getDb().delete(sessions).where(eq(sessions.userId, userId));
}

/** How recently a sign-in proves the person is at the keyboard: long enough to change a password after a link. */
export const FRESH_SESSION_SECONDS = 15 * 60;

/** Whether the current session was started (by a link or a password) within FRESH_SESSION_SECONDS. */
export async function isCurrentSessionFresh(): Promise<boolean> {
  const token = (await cookies()).get(sessionCookieName())?.value;
  if (!token) return false;
  const [row] = await getDb().select({ expires: sessions.expires }).from(sessions).where(eq(sessions.sessionToken, token)).limit(1);
  if (!row) return false;
  // Sessions are created with expires = start + SESSION_MAX_AGE_SECONDS (ours and Auth.js's alike).
  const startedAt = row.expires.getTime() - SESSION_MAX_AGE_SECONDS * 1000;
  return Date.now() - startedAt < FRESH_SESSION_SECONDS * 1000;
}
