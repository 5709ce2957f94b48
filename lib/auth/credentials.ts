import "server-only";
import { eq, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { verifyPassword } from "./password";

export interface PasswordAccount {
  id: string;
  passwordHash: string | null;
}

/** The account a username-or-e-mail names, compared the way the database compares it (lower()). */
export async function findPasswordAccount(identifier: string): Promise<PasswordAccount | null> {
  const [account] = await getDb()
    .select({ id: users.id, passwordHash: users.passwordHash })
    .from(users)
    .where(or(eq(users.email, identifier.toLowerCase()), sql`lower(${users.username}) = lower(${identifier})`))
    .limit(1);
  return account ?? null;
}

/**
 * The key the per-account password limit counts under: the account found, so "mira", "MIRA",
 * "mİra" and the e-mail address share one counter. A name with no account counts under itself.
 */
export const passwordLimitKey = (identifier: string, account: PasswordAccount | null) =>
  account ? `account:${account.id}` : `unknown:${identifier.toLowerCase()}`;

/**
 * Checks the password against the account found. Always runs one scrypt verification, whether or
 * not the account exists or has a password, so timing does not tell which part was wrong.
 */
export async function checkPassword(account: PasswordAccount | null, password: string): Promise<boolean> {
  const valid = await verifyPassword(password, account?.passwordHash);
  return valid && account !== null;
}

/** Both steps at once, for callers that do not rate-limit (tests, tools). */
export async function checkCredentials(identifier: string, password: string): Promise<{ userId: string } | null> {
  const account = await findPasswordAccount(identifier);
  return account && (await checkPassword(account, password)) ? { userId: account.id } : null;
}
