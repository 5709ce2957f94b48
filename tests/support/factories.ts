import { randomBytes, randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { districtSettings, localities, sessions, users } from "@/db/schema";
import type { AccountStatus, Role, Verification } from "@/lib/policy";

/** A short random suffix that keeps e-mails and usernames unique across tests and runs. */
export const uniqueSuffix = () => randomUUID().replaceAll("-", "").slice(0, 10);

export async function currentTermsVersion() {
  const [row] = await getDb().select({ termsVersion: districtSettings.termsVersion }).from(districtSettings);
  if (!row) throw new Error("district settings missing: the global setup did not seed the database");
  return row.termsVersion;
}

export async function firstLocalityId() {
  const [row] = await getDb().select({ id: localities.id }).from(localities).orderBy(asc(localities.sortOrder)).limit(1);
  if (!row) throw new Error("localities missing: the global setup did not seed the database");
  return row.id;
}

export interface NewUser {
  email?: string;
  username?: string | null;
  displayName?: string | null;
  role?: Role;
  verification?: Verification;
  status?: AccountStatus;
  suspendedUntil?: Date | null;
  passwordHash?: string | null;
  /** false: the account exists (magic link followed) but the profile was never completed. */
  profileComplete?: boolean;
}

/** Inserts an account the way sign-up leaves it; with a completed profile unless asked otherwise. */
export async function createUser(input: NewUser = {}) {
  const suffix = uniqueSuffix();
  const complete = input.profileComplete ?? true;
  const values = {
    email: input.email ?? `user-${suffix}@kiezwerk.example`,
    emailVerified: new Date(),
    username: input.username !== undefined ? input.username : complete ? `user_${suffix}` : null,
    displayName: input.displayName !== undefined ? input.displayName : complete ? `Testperson ${suffix}` : null,
    localityId: complete ? await firstLocalityId() : null,
    role: input.role ?? "member",
    verification: input.verification ?? "email",
    verifiedAt: input.verification === "verified" ? new Date() : null,
    status: input.status ?? "active",
    suspendedUntil: input.suspendedUntil ?? null,
    acceptedTermsVersion: complete ? await currentTermsVersion() : null,
    acceptedTermsAt: complete ? new Date() : null,
    passwordHash: input.passwordHash ?? null,
  };
  const [row] = await getDb().insert(users).values(values).returning();
  if (!row) throw new Error("user not inserted");
  return row;
}

export async function createSession(userId: string, { expires = new Date(Date.now() + 60 * 60 * 1000) }: { expires?: Date } = {}) {
  const sessionToken = randomBytes(32).toString("hex");
  await getDb().insert(sessions).values({ sessionToken, userId, expires });
  return sessionToken;
}

export async function readUser(userId: string) {
  const [row] = await getDb().select().from(users).where(eq(users.id, userId));
  if (!row) throw new Error(`user ${userId} not found`);
  return row;
}
