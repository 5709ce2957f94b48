import "server-only";
import { eq, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { verifyPassword } from "./password";

/**
 * Checks username-or-e-mail and password. Always runs one scrypt verification, whether or not
 * the account exists or has a password, so timing does not tell which part was wrong.
 */
export async function checkCredentials(identifier: string, password: string): Promise<{ userId: string } | null> {
  const [account] = await getDb()
    .select({ id: users.id, passwordHash: users.passwordHash })
    .from(users)
    .where(or(eq(users.email, identifier.toLowerCase()), sql`lower(${users.username}) = lower(${identifier})`))
    .limit(1);
  const valid = await verifyPassword(password, account?.passwordHash);
  return valid && account ? { userId: account.id } : null;
}
