import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, type Database, type Transaction } from "@/db/client";
import { users } from "@/db/schema";
import type { OwnAccountFacts } from "@/lib/policy";

/**
 * The facts of "account.delete" about one's own account: whether it is the last active admin (then
 * nobody would be left to manage the district's instance). Null when there is no such account.
 */
export async function loadOwnAccountFacts(userId: string, db: Database | Transaction = getDb()): Promise<{ account: OwnAccountFacts } | null> {
  const [row] = await db
    .select({
      role: users.role,
      status: users.status,
      otherAdmins: sql<number>`(select count(*)::int from ${users} u where u.role = 'admin' and u.status = 'active' and u.id <> ${userId})`,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!row) return null;
  return { account: { lastActiveAdmin: row.role === "admin" && row.status === "active" && Number(row.otherAdmins) === 0 } };
}

