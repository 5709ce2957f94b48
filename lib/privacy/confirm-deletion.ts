import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";

export type DeletionConfirmation = "confirmed" | "password_required" | "password_wrong" | "fresh_sign_in_required";

/**
 * Deleting an account is confirmed by its current password; an account without one (it signs in by
 * e-mail link only) confirms by a fresh sign-in through a link sent to its address — the same proof
 * lib/users/mutations.ts accepts for changing a password.
 */
export async function confirmDeletion(input: { userId: string; password?: string; sessionIsFresh: boolean }): Promise<DeletionConfirmation> {
  const [row] = await getDb().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, input.userId));
  if (!row) return "password_wrong";
  if (row.passwordHash === null) return input.sessionIsFresh ? "confirmed" : "fresh_sign_in_required";
  if (!input.password) return "password_required";
  return (await verifyPassword(input.password, row.passwordHash)) ? "confirmed" : "password_wrong";
}
