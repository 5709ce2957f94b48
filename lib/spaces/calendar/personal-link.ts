import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { calendarFeeds } from "@/db/schema";

/**
 * The secret of a personal calendar link: 32 random bytes, base64url (43 characters). A calendar app
 * has no session, so the token is the only credential; only its SHA-256 is stored, so a copy of the
 * database opens no one's calendar. A hash lookup needs no timing-safe compare: the input is hashed first.
 */
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export const hashCalendarToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The stored hash for a token from a URL, or null when it cannot be one of ours. */
export const calendarTokenHash = (token: string) => (TOKEN_FORMAT.test(token) ? hashCalendarToken(token) : null);

/** A new link for the person, replacing any earlier one (whose URL then finds nothing). Returns the token, to show once. */
export async function createPersonalCalendarLink(userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const tokenHash = hashCalendarToken(token);
  await getDb()
    .insert(calendarFeeds)
    .values({ userId, tokenHash })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash, createdAt: new Date() } });
  return token;
}

/** Revokes the person's link: its URL answers 404 from now on. False when there was none. */
export async function revokePersonalCalendarLink(userId: string): Promise<boolean> {
  const rows = await getDb().delete(calendarFeeds).where(eq(calendarFeeds.userId, userId)).returning({ userId: calendarFeeds.userId });
  return rows.length > 0;
}

/** Whether the person has a link, and since when (the link itself cannot be shown again). */
export async function getPersonalCalendarLink(userId: string): Promise<{ createdAt: Date } | null> {
  const [row] = await getDb().select({ createdAt: calendarFeeds.createdAt }).from(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  return row ?? null;
}
