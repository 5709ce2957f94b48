import "server-only";
import { and, eq, isNotNull, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { localities, users } from "@/db/schema";
import type { Role, Verification } from "@/lib/policy";

/**
 * What anyone may see of a member (DESIGN §6, data minimisation): the chosen name, the home
 * locality, the username (it is the profile's address, so it is public anyway; profile completion
 * says so), the badges and since when they are here. No e-mail, no activity.
 */
export interface PublicProfile {
  id: string;
  username: string;
  displayName: string;
  locality: string | null;
  role: Role;
  verification: Verification;
  memberSince: Date;
}

/** Longer than any username the profile form accepts; longer input cannot match, so it is not queried. */
const MAX_USERNAME_LENGTH = 64;

/** A member's public profile by username (any case), or null for unknown, deleted or unfinished accounts. */
export async function getPublicProfile(username: string): Promise<PublicProfile | null> {
  if (username.length === 0 || username.length > MAX_USERNAME_LENGTH) return null;
  const [row] = await getDb()
    .select({
      id: users.id,
      username: users.username,
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
        // Served by users_username_lower_idx.
        sql`lower(${users.username}) = lower(${username})`,
        ne(users.status, "deleted"),
        isNotNull(users.displayName),
        isNotNull(users.localityId),
        isNotNull(users.acceptedTermsVersion),
      ),
    )
    .limit(1);
  if (!row || row.username === null || row.displayName === null) return null;
  return { ...row, username: row.username, displayName: row.displayName };
}
