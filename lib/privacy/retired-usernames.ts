import "server-only";
import { createHash } from "node:crypto";
import { and, eq, gt } from "drizzle-orm";
import { getDb, type Database, type Transaction } from "@/db/client";
import { retiredUsernames } from "@/db/schema";
import { addDistrictMonths } from "@/lib/time/district-time";
import { RETENTION } from "./retention-periods";

/** Usernames compare case-insensitively (users_username_lower_idx), so the hash does too. */
export const usernameHash = (username: string) => createHash("sha256").update(username.trim().toLowerCase()).digest("hex");

/** Reserves a deleted account's username for RETENTION.retiredUsernameMonths. */
export async function retireUsername(username: string, tx: Transaction, now = new Date()) {
  const reservedUntil = addDistrictMonths(now, RETENTION.retiredUsernameMonths);
  await tx
    .insert(retiredUsernames)
    .values({ usernameHash: usernameHash(username), retiredAt: now, reservedUntil })
    .onConflictDoUpdate({ target: retiredUsernames.usernameHash, set: { retiredAt: now, reservedUntil } });
}

/** Whether a username belonged to an account deleted less than a year ago. */
export async function isUsernameRetired(username: string, db: Pick<Database, "select"> = getDb(), now = new Date()): Promise<boolean> {
  const [row] = await db
    .select({ hash: retiredUsernames.usernameHash })
    .from(retiredUsernames)
    .where(and(eq(retiredUsernames.usernameHash, usernameHash(username)), gt(retiredUsernames.reservedUntil, now)))
    .limit(1);
  return row !== undefined;
}
