import type { userRoles, userStatuses, userVerifications } from "@/db/schema/users";

export type Role = (typeof userRoles)[number];
export type Verification = (typeof userVerifications)[number];
export type AccountStatus = (typeof userStatuses)[number];

/** The facts the policy decides on. Built from the session's user on every request. */
export interface Actor {
  id: string;
  role: Role;
  verification: Verification;
  status: AccountStatus;
  suspendedUntil: Date | null;
  profileComplete: boolean;
}

/** A signed-in user or nobody (a visitor). */
export type MaybeActor = Actor | null;

/** A suspension whose end date has passed no longer counts. */
export function effectiveStatus(account: Pick<Actor, "status" | "suspendedUntil">, now = new Date()): AccountStatus {
  if (account.status === "suspended" && account.suspendedUntil && account.suspendedUntil <= now) return "active";
  return account.status;
}

export const isSignedIn = (actor: MaybeActor): actor is Actor => actor !== null;
export const isActive = (actor: MaybeActor): boolean => actor !== null && effectiveStatus(actor) === "active";
export const isSuspended = (actor: MaybeActor): boolean => actor !== null && effectiveStatus(actor) === "suspended";
/**
 * A member: an actor whose profile is complete. A type of its own so that `isMember` is a type guard
 * that narrows only where it holds (a plain `actor is Actor` would turn a non-member into `null`).
 */
export type Member = Actor & { profileComplete: true };

/** Active, with a completed profile and the current terms accepted. */
export const isMember = (actor: MaybeActor): actor is Member => actor !== null && isActive(actor) && actor.profileComplete;
export const isVerified = (actor: MaybeActor): boolean => actor?.verification === "verified";
export const hasRole = (actor: MaybeActor, role: Role): boolean => actor?.role === role;
