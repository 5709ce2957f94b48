import { describe, expect, test } from "vitest";
import {
  can,
  effectiveStatus,
  mayHoldStaffRole,
  rules,
  type Actor,
  type MaybeActor,
  type Role,
  type RuleName,
  type SubjectOf,
  type TargetAccount,
} from "@/lib/policy";

const HOUR = 60 * 60 * 1000;
const inOneWeek = () => new Date(Date.now() + 7 * 24 * HOUR);
const anHourAgo = () => new Date(Date.now() - HOUR);

const person = (id: string, facts: Partial<Actor> = {}): Actor => ({
  id,
  role: "member",
  verification: "email",
  status: "active",
  suspendedUntil: null,
  profileComplete: true,
  ...facts,
});

/** Every kind of actor the platform knows, including the states an account passes through. */
const ACTORS = {
  visitor: null,
  incompleteProfile: person("incomplete", { profileComplete: false }),
  suspendedForAWeek: person("suspended", { verification: "verified", status: "suspended", suspendedUntil: inOneWeek() }),
  suspendedIndefinitely: person("suspended-indef", { verification: "verified", status: "suspended", suspendedUntil: null }),
  suspensionOver: person("suspension-over", { status: "suspended", suspendedUntil: anHourAgo() }),
  member: person("member"),
  verifiedMember: person("verified", { verification: "verified" }),
  staff: person("staff", { role: "staff", verification: "verified" }),
  moderator: person("moderator", { role: "moderator", verification: "verified" }),
  admin: person("admin", { role: "admin", verification: "verified" }),
  /** An admin who has not accepted the current terms yet: the profile counts as incomplete. */
  adminWithOldTerms: person("admin-old-terms", { role: "admin", verification: "verified", profileComplete: false }),
  suspendedAdmin: person("suspended-admin", { role: "admin", verification: "verified", status: "suspended", suspendedUntil: inOneWeek() }),
  /** A deleted account keeps no rights, whatever role it had. */
  deletedAdmin: person("deleted-admin", { role: "admin", verification: "verified", status: "deleted" }),
} satisfies Record<string, MaybeActor>;

type ActorKind = keyof typeof ACTORS;
const ACTOR_KINDS = Object.keys(ACTORS) as ActorKind[];

const Y = true;
const N = false;

/**
 * The expected answer for every rule and every actor. Column order = ACTORS above:
 *  visitor | incompleteProfile | suspendedForAWeek | suspendedIndefinitely | suspensionOver | member |
 *  verifiedMember | staff | moderator | admin | adminWithOldTerms | suspendedAdmin | deletedAdmin
 * Rules about another account are asked with an ordinary subject (see DEFAULT_SUBJECTS); how the
 * subject changes the answer is tested further down.
 */
const EXPECTED: Record<RuleName, boolean[]> = {
  //                               vis inc sus1w susInd over mem ver stf mod adm admOld susAdm delAdm
  "auth.requestLink":             [Y,  Y,  Y,    Y,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     Y,     Y],
  "auth.signInWithPassword":      [Y,  Y,  Y,    Y,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     Y,     Y],
  "auth.signOut":                 [N,  Y,  Y,    Y,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     Y,     Y],
  "auth.signOutEverywhere":       [N,  Y,  Y,    Y,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     Y,     Y],
  "locale.change":                [Y,  Y,  Y,    Y,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     Y,     Y],
  "profile.complete":             [N,  Y,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     N,     N],
  "terms.accept":                 [N,  Y,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     N,     N],
  "account.updateProfile":        [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "account.setPassword":          [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "account.updateInterests":      [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "verification.redeemCode":      [N,  N,  N,    N,     Y,   Y,  N,  N,  N,  N,  N,     N,     N],
  "verification.manageCodes":     [N,  N,  N,    N,     N,   N,  N,  Y,  N,  Y,  N,     N,     N],
  "idea.submit":                  [N,  N,  N,    N,     N,   N,  Y,  Y,  Y,  Y,  N,     N,     N],
  "idea.support":                 [N,  N,  N,    N,     N,   N,  Y,  Y,  Y,  Y,  N,     N,     N],
  "concern.submit":               [N,  N,  N,    N,     N,   N,  Y,  Y,  Y,  Y,  N,     N,     N],
  "space.create":                 [N,  N,  N,    N,     N,   N,  Y,  Y,  Y,  Y,  N,     N,     N],
  "message.send":                 [N,  N,  N,    N,     N,   N,  Y,  Y,  Y,  Y,  N,     N,     N],
  "announcement.manage":          [N,  N,  N,    N,     N,   N,  N,  Y,  N,  N,  N,     N,     N],
  "announcement.comment":         [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "comment.edit":                 [N,  N,  N,    N,     N,   N,  N,  N,  N,  N,  N,     N,     N],
  "comment.delete":               [N,  N,  N,    N,     N,   N,  N,  N,  N,  N,  N,     N,     N],
  "area.member":                  [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "area.staff":                   [N,  N,  N,    N,     N,   N,  N,  Y,  N,  N,  N,     N,     N],
  "area.moderation":              [N,  N,  N,    N,     N,   N,  N,  N,  Y,  N,  N,     N,     N],
  "area.admin":                   [N,  N,  N,    N,     N,   N,  N,  N,  N,  Y,  N,     N,     N],
  "admin.users.read":             [N,  N,  N,    N,     N,   N,  N,  N,  N,  Y,  N,     N,     N],
  "admin.auditLog.read":          [N,  N,  N,    N,     N,   N,  N,  N,  N,  Y,  N,     N,     N],
  "admin.settings.update":        [N,  N,  N,    N,     N,   N,  N,  N,  N,  Y,  N,     N,     N],
  "admin.terms.publish":          [N,  N,  N,    N,     N,   N,  N,  N,  N,  Y,  N,     N,     N],
  "admin.user.changeEmail":       [N,  N,  N,    N,     N,   N,  N,  N,  N,  Y,  N,     N,     N],
  "admin.user.changeRole":        [N,  N,  N,    N,     N,   N,  N,  N,  N,  Y,  N,     N,     N],
  "admin.user.setVerification":   [N,  N,  N,    N,     N,   N,  N,  N,  N,  Y,  N,     N,     N],
  "admin.user.suspend":           [N,  N,  N,    N,     N,   N,  N,  N,  N,  Y,  N,     N,     N],
  "admin.user.unsuspend":         [N,  N,  N,    N,     N,   N,  N,  N,  N,  Y,  N,     N,     N],
};

const account = (facts: Partial<TargetAccount> = {}): TargetAccount => ({
  id: "target",
  role: "member",
  verification: "email",
  status: "active",
  officialDomain: false,
  ...facts,
});

type SubjectRule = { [R in RuleName]: SubjectOf<R> extends undefined ? never : R }[RuleName];

/** An ordinary case for each rule that is about another account: the answer then depends only on the actor. */
const DEFAULT_SUBJECTS: { [R in SubjectRule]: SubjectOf<R> } = {
  "admin.user.changeRole": { target: account(), newRole: "moderator" },
  "admin.user.setVerification": { target: account() },
  "admin.user.suspend": { target: account() },
  "admin.user.unsuspend": { target: account({ status: "suspended" }) },
  "admin.user.changeEmail": { target: account() },
  "idea.support": { idea: { authorId: "someone-else" } },
  "announcement.comment": { announcement: { visible: true, commentsEnabled: true } },
  // Someone else's comment: nobody may change it (moderation hides, it does not edit).
  "comment.edit": { comment: { authorId: "someone-else" } },
  "comment.delete": { comment: { authorId: "someone-else" } },
};

function ask(actor: MaybeActor, rule: RuleName): boolean {
  const subject = (DEFAULT_SUBJECTS as Partial<Record<RuleName, unknown>>)[rule];
  return (can as (a: MaybeActor, r: RuleName, s?: unknown) => boolean)(actor, rule, subject);
}

const matrix = (Object.keys(EXPECTED) as RuleName[]).flatMap((rule) =>
  ACTOR_KINDS.map((kind, column) => [kind, rule, EXPECTED[rule][column]] as const),
);

describe("the policy matrix", () => {
  test("covers every rule in lib/policy/rules.ts and nothing else", () => {
    const missing = Object.keys(rules).filter((rule) => !(rule in EXPECTED));
    const stale = Object.keys(EXPECTED).filter((rule) => !(rule in rules));
    expect(missing, `rules without a row in the policy matrix: ${missing.join(", ")}`).toEqual([]);
    expect(stale, `rows in the policy matrix for rules that no longer exist: ${stale.join(", ")}`).toEqual([]);
  });

  test("has one answer per actor in every row", () => {
    for (const [rule, row] of Object.entries(EXPECTED)) {
      expect(row, `row "${rule}"`).toHaveLength(ACTOR_KINDS.length);
    }
  });

  test("gives every rule about another account an ordinary subject", () => {
    const needsSubject = Object.keys(rules).filter((rule) => rules[rule as RuleName].length >= 2);
    expect(Object.keys(DEFAULT_SUBJECTS).sort()).toEqual(needsSubject.sort());
  });

  test.each(matrix)("%s → %s: %s", (kind, rule, expected) => {
    expect(ask(ACTORS[kind], rule)).toBe(expected);
  });
});

describe("suspension end dates", () => {
  const suspended = (until: Date | null) => ({ status: "suspended" as const, suspendedUntil: until });
  const now = new Date("2026-05-01T12:00:00Z");

  test("a suspension counts until its end and no longer from that moment on", () => {
    expect(effectiveStatus(suspended(new Date("2026-05-01T12:00:01Z")), now)).toBe("suspended");
    expect(effectiveStatus(suspended(new Date("2026-05-01T12:00:00Z")), now)).toBe("active");
    expect(effectiveStatus(suspended(new Date("2026-04-30T12:00:00Z")), now)).toBe("active");
  });

  test("an indefinite suspension never ends by itself", () => {
    expect(effectiveStatus(suspended(null), new Date("2099-01-01T00:00:00Z"))).toBe("suspended");
  });

  test("a deleted account stays deleted whatever its suspension date says", () => {
    expect(effectiveStatus({ status: "deleted", suspendedUntil: new Date("2000-01-01T00:00:00Z") }, now)).toBe("deleted");
  });
});

describe("admin.user.changeRole, by subject", () => {
  const admin = ACTORS.admin;
  const changeRole = (target: TargetAccount, newRole: Role) => can(admin, "admin.user.changeRole", { target, newRole });

  test.each([
    ["member → moderator", account(), "moderator", Y],
    ["member → admin", account(), "admin", Y],
    ["staff → member (demotion)", account({ role: "staff", verification: "verified", officialDomain: true }), "member", Y],
    ["another admin → member", account({ role: "admin", verification: "verified" }), "member", Y],
    ["suspended member → moderator", account({ status: "suspended" }), "moderator", Y],
    ["verified, official domain → staff", account({ verification: "verified", officialDomain: true }), "staff", Y],
    ["verified, private domain → staff", account({ verification: "verified", officialDomain: false }), "staff", N],
    ["unverified, official domain → staff", account({ verification: "email", officialDomain: true }), "staff", N],
    ["unverified, private domain → staff", account(), "staff", N],
    ["moderator → moderator (no change)", account({ role: "moderator" }), "moderator", N],
    ["member → member (no change)", account(), "member", N],
    ["deleted account → moderator", account({ status: "deleted" }), "moderator", N],
    ["own account → member", account({ id: admin.id, role: "admin", verification: "verified" }), "member", N],
  ] as const)("%s: %s", (_label, target, newRole, expected) => {
    expect(changeRole(target, newRole)).toBe(expected);
  });

  test("no one but an active admin with a complete profile may change roles, even in the easiest case", () => {
    const easy = { target: account(), newRole: "moderator" as const };
    for (const kind of ACTOR_KINDS) {
      expect(can(ACTORS[kind], "admin.user.changeRole", easy), kind).toBe(kind === "admin");
    }
  });
});

describe("admin.user.setVerification, by subject", () => {
  test.each([
    ["an unverified member", account(), Y],
    ["a verified member (to remove the badge)", account({ verification: "verified" }), Y],
    ["a staff account", account({ role: "staff", verification: "verified", officialDomain: true }), Y],
    ["a suspended account", account({ status: "suspended" }), Y],
    ["a deleted account", account({ status: "deleted" }), N],
    ["the admin's own account", account({ id: ACTORS.admin.id, role: "admin", verification: "verified" }), N],
  ] as const)("%s: %s", (_label, target, expected) => {
    expect(can(ACTORS.admin, "admin.user.setVerification", { target })).toBe(expected);
  });
});

describe("admin.user.suspend, by subject", () => {
  test.each([
    ["a member", account(), Y],
    ["a staff account", account({ role: "staff", verification: "verified", officialDomain: true }), Y],
    ["a moderator", account({ role: "moderator", verification: "verified" }), Y],
    ["another admin", account({ role: "admin", verification: "verified" }), N],
    ["a deleted account", account({ status: "deleted" }), N],
    ["the admin's own account", account({ id: ACTORS.admin.id, role: "admin", verification: "verified" }), N],
  ] as const)("%s: %s", (_label, target, expected) => {
    expect(can(ACTORS.admin, "admin.user.suspend", { target })).toBe(expected);
  });
});

describe("admin.user.unsuspend, by subject", () => {
  test.each([
    ["a suspended member", account({ status: "suspended" }), Y],
    ["a suspended moderator", account({ role: "moderator", status: "suspended" }), Y],
    ["an account that is not suspended", account({ status: "active" }), N],
    ["a deleted account", account({ status: "deleted" }), N],
    ["the admin's own account", account({ id: ACTORS.admin.id, role: "admin", status: "suspended" }), N],
  ] as const)("%s: %s", (_label, target, expected) => {
    expect(can(ACTORS.admin, "admin.user.unsuspend", { target })).toBe(expected);
  });
});

describe("who may hold the staff role", () => {
  test.each([
    [{ verification: "verified", officialDomain: true }, Y],
    [{ verification: "verified", officialDomain: false }, N],
    [{ verification: "email", officialDomain: true }, N],
    [{ verification: "email", officialDomain: false }, N],
  ] as const)("%o: %s", (target, expected) => {
    expect(mayHoldStaffRole(target)).toBe(expected);
  });
});

describe("verified-only actions, by subject", () => {
  test("a verified resident may not support their own idea", () => {
    expect(can(ACTORS.verifiedMember, "idea.support", { idea: { authorId: ACTORS.verifiedMember.id } })).toBe(N);
    expect(can(ACTORS.verifiedMember, "idea.support", { idea: { authorId: null } })).toBe(Y);
  });
});

describe("announcement.comment, by subject", () => {
  test.each([
    ["visible, comments on", { visible: true, commentsEnabled: true }, Y],
    ["visible, comments closed", { visible: true, commentsEnabled: false }, N],
    ["not visible (scheduled, expired or unpublished)", { visible: false, commentsEnabled: true }, N],
  ] as const)("%s: %s", (_label, announcement, expected) => {
    expect(can(ACTORS.member, "announcement.comment", { announcement })).toBe(expected);
  });
});

describe("comment.edit and comment.delete, by subject", () => {
  test.each(["comment.edit", "comment.delete"] as const)("%s: only the author, and only while an active member", (rule) => {
    const own = { comment: { authorId: ACTORS.member.id } };
    expect(can(ACTORS.member, rule, own)).toBe(Y);
    expect(can(ACTORS.verifiedMember, rule, own)).toBe(N);
    expect(can(ACTORS.admin, rule, own)).toBe(N);
    expect(can(ACTORS.member, rule, { comment: { authorId: null } })).toBe(N);
    const suspendedAuthor = ACTORS.suspendedForAWeek;
    expect(can(suspendedAuthor, rule, { comment: { authorId: suspendedAuthor.id } })).toBe(N);
  });
});

describe("admin.user.changeEmail, by subject", () => {
  test.each([
    ["a member", account(), Y],
    ["a deleted account", account({ status: "deleted" }), N],
    ["the admin's own account", account({ id: ACTORS.admin.id, role: "admin", verification: "verified" }), N],
  ] as const)("%s: %s", (_label, target, expected) => {
    expect(can(ACTORS.admin, "admin.user.changeEmail", { target })).toBe(expected);
  });
});
