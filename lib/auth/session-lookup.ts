import { and, eq, gt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { districtSettings, sessions, users } from "@/db/schema";
import type { Actor } from "@/lib/policy";

// No "server-only" here: proxy.ts uses this too.

/** The signed-in user as pages and the header need them: the policy's facts plus what is shown. */
export interface SessionUser extends Actor {
  email: string;
  username: string | null;
  displayName: string | null;
  localityId: number | null;
  suspensionReason: string | null;
  acceptedTermsVersion: number | null;
  currentTermsVersion: number;
}

/** Tokens we and Auth.js issue: 64 hex characters (ours) or a UUID (Auth.js). Anything else is no session. */
const SESSION_TOKEN_FORMAT = /^[0-9a-f-]{32,64}$/i;

/** A member's profile is complete when it has a name, a username and a locality and the current terms are accepted. */
export function isProfileComplete(row: { username: string | null; displayName: string | null; localityId: number | null; acceptedTermsVersion: number | null; currentTermsVersion: number }) {
  return row.username !== null && row.displayName !== null && row.localityId !== null && row.acceptedTermsVersion === row.currentTermsVersion;
}

/** One query per request: the session, its user, and the current terms version. */
export async function findSessionUser(sessionToken: string): Promise<SessionUser | null> {
  // A broken or tampered cookie (e.g. "%00") means "not signed in", never an error on every page.
  if (!SESSION_TOKEN_FORMAT.test(sessionToken)) return null;
  const [row] = await getDb()
    .select({
      id: users.id,
      email: users.email,
      username: users.username,
      displayName: users.displayName,
      localityId: users.localityId,
      role: users.role,
      verification: users.verification,
      status: users.status,
      suspendedUntil: users.suspendedUntil,
      suspensionReason: users.suspensionReason,
      acceptedTermsVersion: users.acceptedTermsVersion,
      currentTermsVersion: districtSettings.termsVersion,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(districtSettings, eq(districtSettings.id, 1))
    .where(and(eq(sessions.sessionToken, sessionToken), gt(sessions.expires, new Date())))
    .limit(1);
  if (!row || row.status === "deleted") return null;
  return { ...row, profileComplete: isProfileComplete(row) };
}
