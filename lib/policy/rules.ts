import { hasRole, isActive, isMember, isSignedIn, type MaybeActor, type Role } from "./actor";

/** What the policy needs to know about the account an admin acts on. */
export interface TargetAccount {
  id: string;
  role: Role;
  verification: "email" | "verified";
  status: "active" | "suspended" | "deleted";
  /** Whether the account's e-mail domain is on the district's list of official domains. */
  officialDomain: boolean;
}

const isAdmin = (actor: MaybeActor) => isMember(actor) && hasRole(actor, "admin");
const notSelf = (actor: MaybeActor, target: { id: string }) => actor?.id !== target.id;
const isLiveAccount = (target: TargetAccount) => target.status !== "deleted";

/** Staff is granted only to a verified person whose address is on one of the district's own domains. */
export const mayHoldStaffRole = (target: Pick<TargetAccount, "verification" | "officialDomain">) =>
  target.verification === "verified" && target.officialDomain;

/**
 * The one table of who may do what. Each rule is a pure function of the actor (null for a visitor)
 * and, where the rule is about something, that subject. proxy.ts, pages and every server action ask here.
 */
export const rules = {
  // Joining and signing in: open to everyone, guarded by rate limits instead.
  "auth.requestLink": () => true,
  "auth.signInWithPassword": () => true,
  "auth.signOut": (actor: MaybeActor) => isSignedIn(actor),
  "auth.signOutEverywhere": (actor: MaybeActor) => isSignedIn(actor),
  "locale.change": () => true,

  // A signed-in, active account completes its profile before anything else.
  "profile.complete": (actor: MaybeActor) => isActive(actor),
  "account.updateProfile": (actor: MaybeActor) => isMember(actor),
  "account.setPassword": (actor: MaybeActor) => isMember(actor),

  // Areas, as gated by proxy.ts.
  "area.member": (actor: MaybeActor) => isMember(actor),
  "area.staff": (actor: MaybeActor) => isMember(actor) && hasRole(actor, "staff"),
  "area.moderation": (actor: MaybeActor) => isMember(actor) && hasRole(actor, "moderator"),
  "area.admin": (actor: MaybeActor) => isAdmin(actor),

  // Administration of accounts.
  "admin.users.read": (actor: MaybeActor) => isAdmin(actor),
  "admin.auditLog.read": (actor: MaybeActor) => isAdmin(actor),
  "admin.user.changeRole": (actor: MaybeActor, subject: { target: TargetAccount; newRole: Role }) =>
    isAdmin(actor) &&
    notSelf(actor, subject.target) &&
    isLiveAccount(subject.target) &&
    subject.newRole !== subject.target.role &&
    (subject.newRole !== "staff" || mayHoldStaffRole(subject.target)),
  "admin.user.setVerification": (actor: MaybeActor, subject: { target: TargetAccount }) =>
    isAdmin(actor) && notSelf(actor, subject.target) && isLiveAccount(subject.target),
  "admin.user.suspend": (actor: MaybeActor, subject: { target: TargetAccount }) =>
    isAdmin(actor) && notSelf(actor, subject.target) && isLiveAccount(subject.target) && subject.target.role !== "admin",
  "admin.user.unsuspend": (actor: MaybeActor, subject: { target: TargetAccount }) =>
    isAdmin(actor) && notSelf(actor, subject.target) && subject.target.status === "suspended",
} as const;

export type Rules = typeof rules;
export type RuleName = keyof Rules;
export type SubjectOf<R extends RuleName> = Parameters<Rules[R]> extends [MaybeActor, infer S] ? S : undefined;
