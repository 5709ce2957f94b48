import "server-only";
import { and, eq, isNotNull, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { localities, users } from "@/db/schema";
import type { Role, Verification } from "@/lib/policy";

/**
 * What anyone may see of a member (DESIGN §6, data minimisation): the chosen name, the home
 * locality, the badges and since when they are here — what profile completion says others see.
 * Not the username: it is the sign-in name, so the profile is addressed by the account id. No e-mail, no activity.
 */
export interface PublicProfile {
  id: string;
  displayName: string;
  locality: string | null;
  role: Role;
  verification: Verification;
  memberSince: Date;
}

/** Longer than any account id; longer input cannot match, so it is not queried. */
const MAX_ID_LENGTH = 64;

/** A member's public profile by account id, or null for unknown, deleted or unfinished accounts. */
export async function getPublicProfile(userId: string): Promise<PublicProfile | null> {
  if (userId.length === 0 || userId.length > MAX_ID_LENGTH) return null;
  const [row] = await getDb()
    .select({
      id: users.id,
      displayName: users.displayName,
      locality: localities.name,
      role: users.role,
      verification: users.verification,
      memberSince: users.createdAt,
    })
    .from(users)
    .leftJoin(localities, eq(localities.id, users.localityId))
    .where(
      and(
        eq(users.id, userId),
        ne(users.status, "deleted"),
        isNotNull(users.displayName),
        isNotNull(users.localityId),
        isNotNull(users.acceptedTermsVersion),
      ),
    )
    .limit(1);
  if (!row || row.displayName === null) return null;
  return { ...row, displayName: row.displayName };
}
