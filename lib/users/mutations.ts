import "server-only";
import { notify } from "@/lib/notifications/create";
import type { Locale } from "@/lib/i18n/config";
import { and, eq, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { followedLocalities, sessions, termsAcceptances, users, verificationTokens } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { isPasswordTooWeak } from "@/lib/auth/password-strength";
import { emailDomain, isOfficialDomain } from "@/lib/district/queries";
import { isUsernameRetired } from "@/lib/privacy/retired-usernames";
import type { Role } from "@/lib/policy";

// Drizzle wraps the driver's error; PostgreSQL's code sits on its `cause`.
const isUniqueViolation = (error: unknown): boolean =>
  typeof error === "object" &&
  error !== null &&
  (("code" in error && error.code === "23505") || ("cause" in error && isUniqueViolation(error.cause)));

/**
 * Returns false when the username is taken (checked by the unique index, so no race) or belonged to
 * an account deleted less than a year ago (lib/privacy/retired-usernames.ts).
 */
export async function completeProfile(input: {
  userId: string;
  username: string;
  displayName: string;
  localityId: number;
  termsVersion: number;
  /** The UI language at joining: mails and notifications use it until changed in the settings. */
  locale?: Locale;
}): Promise<boolean> {
  if (await isUsernameRetired(input.username)) return false;
  try {
    await getDb().transaction(async (tx) => {
      const acceptedAt = new Date();
      await tx
        .update(users)
        .set({
          username: input.username,
          displayName: input.displayName,
          localityId: input.localityId,
          acceptedTermsVersion: input.termsVersion,
          acceptedTermsAt: acceptedAt,
          ...(input.locale ? { locale: input.locale } : {}),
        })
        .where(eq(users.id, input.userId));
      await tx.insert(termsAcceptances).values({ userId: input.userId, version: input.termsVersion, acceptedAt }).onConflictDoNothing();
      // The home locality is the first one "Mein Kiez" follows.
      await tx.insert(followedLocalities).values({ userId: input.userId, localityId: input.localityId }).onConflictDoNothing();
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export async function updateProfile(input: { userId: string; displayName: string; localityId: number }) {
  await getDb().update(users).set({ displayName: input.displayName, localityId: input.localityId }).where(eq(users.id, input.userId));
}

export type PasswordChange =
  | { outcome: "saved"; email: string; displayName: string | null }
  | { outcome: "current_required" }
  | { outcome: "current_wrong" }
  | { outcome: "too_weak" };

/**
 * Sets or changes the password. Changing an existing one needs the current password, unless the
 * person signed in moments ago (a fresh e-mail link is the way back for a forgotten password). A
 * password that is easy to guess — also from the person's own names and address — is refused.
 * The owner is notified (password_changed: an account notice, mailed at once).
 */
export async function changePassword(input: {
  userId: string;
  currentPassword?: string;
  password: string;
  sessionIsFresh: boolean;
}): Promise<PasswordChange> {
  const [account] = await getDb()
    .select({ email: users.email, username: users.username, displayName: users.displayName, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, input.userId));
  if (!account) return { outcome: "current_wrong" };
  if (account.passwordHash && !input.sessionIsFresh) {
    if (!input.currentPassword) return { outcome: "current_required" };
    if (!(await verifyPassword(input.currentPassword, account.passwordHash))) return { outcome: "current_wrong" };
  }
  if (await isPasswordTooWeak(input.password, [account.email, account.email.split("@")[0], account.username, account.displayName, "kiezwerk"])) {
    return { outcome: "too_weak" };
  }
  const passwordHash = await hashPassword(input.password);
  // The owner is told (by mail, always immediately) in the same transaction as the change.
  await getDb().transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, input.userId));
    await notify([{ userId: input.userId, kind: "password_changed", data: {} }], tx);
  });
  return { outcome: "saved", email: account.email, displayName: account.displayName };
}

interface AdminChange {
  actorId: string;
  targetId: string;
  reason: string;
}

export async function changeRole({ actorId, targetId, reason, role, previousRole }: AdminChange & { role: Role; previousRole: Role }) {
  await getDb().transaction(async (tx) => {
    await tx.update(users).set({ role }).where(eq(users.id, targetId));
    await recordAudit({ actorId, action: "user.role_changed", targetType: "user", targetId, reason, details: { from: previousRole, to: role } }, tx);
  });
}

export async function setVerification({ actorId, targetId, reason, verified }: AdminChange & { verified: boolean }) {
  await getDb().transaction(async (tx) => {
    await tx
      .update(users)
      .set(
        verified
          ? { verification: "verified", verifiedAt: new Date() }
          : // Losing verification also loses the staff role, which requires it.
            { verification: "email", verifiedAt: null },
      )
      .where(eq(users.id, targetId));
    if (!verified) {
      const [row] = await tx.select({ role: users.role }).from(users).where(eq(users.id, targetId));
      if (row?.role === "staff") {
        await tx.update(users).set({ role: "member" }).where(eq(users.id, targetId));
        await recordAudit(
          { actorId, action: "user.role_changed", targetType: "user", targetId, reason, details: { from: "staff", to: "member" } },
          tx,
        );
      }
    }
    await recordAudit({ actorId, action: verified ? "user.verified" : "user.unverified", targetType: "user", targetId, reason }, tx);
  });
}

export async function unsuspendUser({ actorId, targetId, reason }: AdminChange) {
  await getDb().transaction(async (tx) => {
    await tx.update(users).set({ status: "active", suspendedUntil: null, suspensionReason: null, suspendedByDecisionId: null }).where(eq(users.id, targetId));
    await recordAudit({ actorId, action: "user.unsuspended", targetType: "user", targetId, reason }, tx);
  });
}

export type ChangeEmailOutcome = { ok: true; staffRoleRemoved: boolean } | { ok: false; reason: "taken" | "unchanged" | "not_found" };

/**
 * Gives an account a new address. Staff must sit on an official domain, so a staff account moving
 * elsewhere loses the role in the same transaction. Every session ends: the person signs in again
 * with the new address. The log keeps only the domains, not the addresses.
 */
export async function changeEmail({ actorId, targetId, reason, email }: AdminChange & { email: string }): Promise<ChangeEmailOutcome> {
  const newEmail = email.trim().toLowerCase();
  const official = await isOfficialDomain(newEmail);
  try {
    return await getDb().transaction(async (tx) => {
      const [current] = await tx.select({ email: users.email, role: users.role }).from(users).where(eq(users.id, targetId)).for("update");
      if (!current) return { ok: false, reason: "not_found" } as const;
      if (current.email.toLowerCase() === newEmail) return { ok: false, reason: "unchanged" } as const;
      // The unique index compares exactly; addresses are one account each regardless of case.
      const [other] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(sql`lower(${users.email}) = ${newEmail}`, ne(users.id, targetId)))
        .limit(1);
      if (other) return { ok: false, reason: "taken" } as const;

      const staffRoleRemoved = current.role === "staff" && !official;
      // Not confirmed until the person signs in with it (the magic link sets it again).
      await tx
        .update(users)
        .set({ email: newEmail, emailVerified: null, ...(staffRoleRemoved ? { role: "member" as const } : {}) })
        .where(eq(users.id, targetId));
      await tx.delete(sessions).where(eq(sessions.userId, targetId));
      // Sign-in links still on their way to the old address must not open anything any more.
      await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, current.email));
      await recordAudit(
        { actorId, action: "user.email_changed", targetType: "user", targetId, reason, details: { fromDomain: emailDomain(current.email), toDomain: emailDomain(newEmail) } },
        tx,
      );
      if (staffRoleRemoved) {
        await recordAudit(
          { actorId, action: "user.role_changed", targetType: "user", targetId, reason, details: { from: "staff", to: "member", cause: "email_domain_not_official" } },
          tx,
        );
      }
      return { ok: true, staffRoleRemoved } as const;
    });
  } catch (error) {
    // Two admins giving the same address at once: the unique index decides.
    if (isUniqueViolation(error)) return { ok: false, reason: "taken" };
    throw error;
  }
}
