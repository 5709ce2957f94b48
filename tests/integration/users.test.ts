import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { listAuditEntries } from "@/lib/audit/queries";
import { recordAudit } from "@/lib/audit/record";
import { findSessionUser } from "@/lib/auth/session-lookup";
import { effectiveStatus, isActive, isSuspended } from "@/lib/policy";
import { suspendAccount } from "@/lib/moderation/decisions/suspend-account";
import { changeRole, completeProfile, setVerification, unsuspendUser } from "@/lib/users/mutations";
import { isUsernameTaken, loadTargetAccountFacts, searchUsers } from "@/lib/users/queries";
import { createSession, createUser, currentTermsVersion, firstLocalityId, readUser, uniqueSuffix } from "../support/factories";

const DAY = 24 * 60 * 60 * 1000;

async function newAdmin() {
  return createUser({ role: "admin", verification: "verified", displayName: `Ada ${uniqueSuffix()}` });
}

/** The stored suspension state alone, to test how a session lookup reads it (suspending for real ends the sessions). */
const storeSuspension = (userId: string, until: Date | null, reason: string) =>
  getDb().update(users).set({ status: "suspended", suspendedUntil: until, suspensionReason: reason }).where(eq(users.id, userId));

const asActor = (account: { id: string; role: "admin" }) =>
  ({ id: account.id, role: account.role, verification: "verified", status: "active", suspendedUntil: null, profileComplete: true }) as const;

describe("completing the profile", () => {
  test("stores username, display name, locality and the accepted terms version", async () => {
    const user = await createUser({ profileComplete: false });
    const username = `mira_${uniqueSuffix()}`;
    const localityId = await firstLocalityId();
    const termsVersion = await currentTermsVersion();

    const saved = await completeProfile({ userId: user.id, username, displayName: "Mira Mitglied", localityId, termsVersion });

    expect(saved).toBe(true);
    const row = await readUser(user.id);
    expect(row).toMatchObject({ username, displayName: "Mira Mitglied", localityId, acceptedTermsVersion: termsVersion });
    expect(row.acceptedTermsAt).toBeInstanceOf(Date);
  });

  test("a username is unique regardless of case: a second person cannot take MIRA after mira", async () => {
    const base = `mira_${uniqueSuffix()}`;
    const first = await createUser({ profileComplete: false });
    const second = await createUser({ profileComplete: false });
    const common = { displayName: "Mira", localityId: await firstLocalityId(), termsVersion: await currentTermsVersion() };

    expect(await completeProfile({ userId: first.id, username: base, ...common })).toBe(true);
    expect(await completeProfile({ userId: second.id, username: base.toUpperCase(), ...common })).toBe(false);

    expect((await readUser(second.id)).username).toBeNull();
    expect(await isUsernameTaken(base.toUpperCase(), second.id)).toBe(true);
    // Your own name is not "taken" when you keep it.
    expect(await isUsernameTaken(base, first.id)).toBe(false);
  });
});

describe("looking up the session's user (every request)", () => {
  test("returns the user of a valid session with what the header and the policy need", async () => {
    const user = await createUser({ verification: "verified" });
    const token = await createSession(user.id);

    const found = await findSessionUser(token);

    expect(found).toMatchObject({
      id: user.id,
      email: user.email,
      username: user.username,
      displayName: user.displayName,
      role: "member",
      verification: "verified",
      status: "active",
      profileComplete: true,
    });
    expect(found).not.toHaveProperty("passwordHash");
  });

  test("returns nobody for an expired session, an unknown token or a deleted account", async () => {
    const user = await createUser();
    const expired = await createSession(user.id, { expires: new Date(Date.now() - 1000) });
    expect(await findSessionUser(expired)).toBeNull();
    expect(await findSessionUser("no-such-session-token")).toBeNull();

    const deleted = await createUser({ status: "deleted" });
    expect(await findSessionUser(await createSession(deleted.id))).toBeNull();
  });

  test("the profile counts as complete only with username, display name, locality and the current terms", async () => {
    const user = await createUser({ profileComplete: false });
    const token = await createSession(user.id);
    const localityId = await firstLocalityId();
    const terms = await currentTermsVersion();
    const update = (values: Partial<typeof users.$inferInsert>) => getDb().update(users).set(values).where(eq(users.id, user.id));
    const complete = async () => (await findSessionUser(token))?.profileComplete;

    expect(await complete()).toBe(false);
    await update({ username: `u_${uniqueSuffix()}` });
    expect(await complete()).toBe(false);
    await update({ displayName: "Udo" });
    expect(await complete()).toBe(false);
    await update({ localityId });
    expect(await complete()).toBe(false);
    await update({ acceptedTermsVersion: terms - 1 });
    expect(await complete(), "an older terms version must be accepted again").toBe(false);
    await update({ acceptedTermsVersion: terms });
    expect(await complete()).toBe(true);
  });

  test("a suspension applies on the very next lookup, and ends when its date has passed", async () => {
    const admin = await newAdmin();
    const user = await createUser();
    const token = await createSession(user.id);
    expect(isActive(await findSessionUser(token))).toBe(true);

    await storeSuspension(user.id, new Date(Date.now() + 7 * DAY), "Beleidigungen im Kommentarbereich");
    const suspended = await findSessionUser(token);
    expect(suspended).toMatchObject({ status: "suspended", suspensionReason: "Beleidigungen im Kommentarbereich" });
    expect(effectiveStatus(suspended!)).toBe("suspended");
    expect(isSuspended(suspended)).toBe(true);

    await storeSuspension(user.id, new Date(Date.now() - 1000), "Frist abgelaufen");
    const expiredSuspension = await findSessionUser(token);
    expect(effectiveStatus(expiredSuspension!)).toBe("active");
    expect(isActive(expiredSuspension)).toBe(true);

    await storeSuspension(user.id, null, "Unbefristet");
    expect(isSuspended(await findSessionUser(token))).toBe(true);
    await unsuspendUser({ actorId: admin.id, targetId: user.id, reason: "Einspruch stattgegeben" });
    expect(await findSessionUser(token)).toMatchObject({ status: "active", suspendedUntil: null, suspensionReason: null });
  });

  test("a role change applies on the very next lookup", async () => {
    const admin = await newAdmin();
    const user = await createUser({ verification: "verified" });
    const token = await createSession(user.id);
    await changeRole({ actorId: admin.id, targetId: user.id, role: "moderator", previousRole: "member", reason: "Moderationsteam" });
    expect((await findSessionUser(token))?.role).toBe("moderator");
  });
});

describe("administrative changes and the audit log", () => {
  test("changeRole, setVerification, a suspension and unsuspendUser each write an entry with actor and target names", async () => {
    const admin = await newAdmin();
    const target = await createUser({ displayName: `Ziel ${uniqueSuffix()}` });

    await setVerification({ actorId: admin.id, targetId: target.id, verified: true, reason: "Ausweis im Bürgerbüro gezeigt" });
    await changeRole({ actorId: admin.id, targetId: target.id, role: "moderator", previousRole: "member", reason: "Moderationsteam" });
    const now = new Date("2029-12-02T00:00:00Z");
    await suspendAccount({ actor: asActor({ id: admin.id, role: "admin" }), userId: target.id, ruleKey: "spam", facts: "Spam in zwölf Kommentaren", duration: "30", now });
    await unsuspendUser({ actorId: admin.id, targetId: target.id, reason: "Irrtum" });

    const { items, nextCursor } = await listAuditEntries({ q: target.displayName! });
    expect(nextCursor).toBeNull();
    expect(items.map(({ action, reason, actorName, targetName, targetType, targetId }) => ({ action, reason, actorName, targetName, targetType, targetId }))).toEqual(
      [
        { action: "user.unsuspended", reason: "Irrtum" },
        { action: "moderation.decided", reason: "Spam in zwölf Kommentaren" },
        { action: "user.role_changed", reason: "Moderationsteam" },
        { action: "user.verified", reason: "Ausweis im Bürgerbüro gezeigt" },
      ].map((e) => ({ ...e, actorName: admin.displayName, targetName: target.displayName, targetType: "user", targetId: target.id })),
    );
    expect(items.find((e) => e.action === "user.role_changed")?.details).toEqual({ from: "member", to: "moderator" });
    expect(items.find((e) => e.action === "moderation.decided")?.details).toMatchObject({ kind: "suspend", rule: "spam", until: "2030-01-01T00:00:00.000Z" });

    const target2 = await readUser(target.id);
    expect(target2).toMatchObject({ role: "moderator", verification: "verified", status: "active" });
    expect(target2.verifiedAt).toBeInstanceOf(Date);
  });

  test("the log can be filtered by action and searched by the actor's name", async () => {
    const admin = await newAdmin();
    const target = await createUser({ displayName: `Gefiltert ${uniqueSuffix()}` });
    const suspend = (facts: string) =>
      suspendAccount({ actor: asActor({ id: admin.id, role: "admin" }), userId: target.id, ruleKey: "respect", facts, duration: "indefinite" });
    await suspend("eins: Beleidigungen");
    await unsuspendUser({ actorId: admin.id, targetId: target.id, reason: "zwei" });
    await suspend("drei: Beleidigungen");

    const suspensions = await listAuditEntries({ action: "moderation.decided", q: target.displayName! });
    expect(suspensions.items.map((e) => e.reason)).toEqual(["drei: Beleidigungen", "eins: Beleidigungen"]);

    const byActor = await listAuditEntries({ q: admin.displayName!.toUpperCase() });
    expect(byActor.items).toHaveLength(3);
    expect(byActor.items.every((e) => e.actorName === admin.displayName)).toBe(true);

    // The target's username finds the entries too.
    expect((await listAuditEntries({ q: target.username! })).items).toHaveLength(3);
    // Wildcards typed into the search are literal characters, not patterns.
    expect((await listAuditEntries({ q: `Gefiltert %${target.displayName!.slice(-3)}` })).items).toHaveLength(0);
  });

  test("removing verification from a staff account also takes away the staff role, and says so in the log", async () => {
    const admin = await newAdmin();
    const staff = await createUser({ email: `amt-${uniqueSuffix()}@ba-tk.berlin.de`, role: "staff", verification: "verified" });
    const token = await createSession(staff.id);

    await setVerification({ actorId: admin.id, targetId: staff.id, verified: false, reason: "Hat das Bezirksamt verlassen" });

    expect(await readUser(staff.id)).toMatchObject({ role: "member", verification: "email", verifiedAt: null });
    expect(await findSessionUser(token)).toMatchObject({ role: "member", verification: "email" });
    const { items } = await listAuditEntries({ q: staff.displayName! });
    expect(items.map((e) => [e.action, e.details])).toEqual(
      expect.arrayContaining([
        ["user.unverified", null],
        ["user.role_changed", { from: "staff", to: "member" }],
      ]),
    );
    expect(items).toHaveLength(2);
  });

  test("removing verification from a moderator keeps the moderator role", async () => {
    const admin = await newAdmin();
    const moderator = await createUser({ role: "moderator", verification: "verified" });
    await setVerification({ actorId: admin.id, targetId: moderator.id, verified: false, reason: "Nachweis abgelaufen" });
    expect(await readUser(moderator.id)).toMatchObject({ role: "moderator", verification: "email" });
  });

  test("keyset pagination walks more than 25 entries without duplicates or gaps", async () => {
    const admin = await newAdmin();
    const target = await createUser({ displayName: `Seitenweise ${uniqueSuffix()}` });
    for (let i = 0; i < 16; i++) {
      await setVerification({ actorId: admin.id, targetId: target.id, verified: true, reason: `Nachweis ${i}` });
      await setVerification({ actorId: admin.id, targetId: target.id, verified: false, reason: `Widerruf ${i}` });
    }
    const written = await getDb().select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.targetId, target.id));
    expect(written).toHaveLength(32);

    const first = await listAuditEntries({ q: target.displayName! });
    expect(first.items).toHaveLength(25);
    expect(first.nextCursor).not.toBeNull();
    const second = await listAuditEntries({ q: target.displayName!, after: first.nextCursor! });
    expect(second.items).toHaveLength(7);
    expect(second.nextCursor).toBeNull();

    const seen = [...first.items, ...second.items].map((e) => e.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort((a, b) => a - b)).toEqual(written.map((w) => w.id).sort((a, b) => a - b));
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
  });

  // The keyset cursor carries createdAt as a JS Date (milliseconds); PostgreSQL stores microseconds.
  // Rows in the same millisecond as a page's last row — here the two entries one setVerification
  // writes in one transaction — fall between the pages. PGlite's clock has millisecond
  // resolution, so only the real server shows it. Fix: timestamps with precision 3 (db/schema/columns.ts).
  test("an entry written in the same transaction as the last entry of a page is on the next page", async () => {
    const admin = await newAdmin();
    const staff = await createUser({ email: `amt-${uniqueSuffix()}@ba-tk.berlin.de`, role: "staff", verification: "verified" });
    // Oldest: the two entries of one transaction (role_changed, then unverified), then 24 newer ones,
    // so that page 1 ends with "user.unverified" and page 2 must start with "user.role_changed".
    await setVerification({ actorId: admin.id, targetId: staff.id, verified: false, reason: "ausgeschieden" });
    for (let i = 0; i < 24; i++) {
      await recordAudit({ actorId: admin.id, action: "user.verified", targetType: "user", targetId: staff.id, reason: `Eintrag ${i}` });
    }

    const first = await listAuditEntries({ q: staff.displayName! });
    expect(first.items.at(-1)?.action).toBe("user.unverified");
    const second = await listAuditEntries({ q: staff.displayName!, after: first.nextCursor! });
    expect(second.items.map((e) => e.action)).toEqual(["user.role_changed"]);
  });
});

describe("the account an admin acts on", () => {
  test.each([
    ["verwaltung-%s@ba-tk.berlin.de", true],
    ["Verwaltung-%s@BA-TK.Berlin.de", true],
    ["verwaltung-%s@kiezwerk.example", false],
    ["verwaltung-%s@ba-tk.berlin.de.example.com", false],
    ["verwaltung-%s@nicht-ba-tk.berlin.de", false],
    ["verwaltung-%s@sub.ba-tk.berlin.de", false],
  ])("%s is on an official domain: %s", async (pattern, official) => {
    const user = await createUser({ email: pattern.replace("%s", uniqueSuffix()), role: "moderator", verification: "verified" });
    expect(await loadTargetAccountFacts(user.id)).toEqual({
      id: user.id,
      role: "moderator",
      verification: "verified",
      status: "active",
      officialDomain: official,
    });
  });

  test("an unknown account is null", async () => {
    expect(await loadTargetAccountFacts("00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});

describe("searching users (admin)", () => {
  test("finds a person by e-mail, username or display name, in any case", async () => {
    const tag = uniqueSuffix();
    const byEmail = await createUser({ email: `post-${tag}@kiezwerk.example` });
    const byUsername = await createUser({ username: `Nutzer_${tag}` });
    const byName = await createUser({ displayName: `Frau Schulz-${tag}` });

    const ids = async (q: string) => (await searchUsers({ q })).items.map((u) => u.id);
    expect(await ids(`POST-${tag.toUpperCase()}@KIEZWERK`)).toEqual([byEmail.id]);
    expect(await ids(`nutzer_${tag}`)).toEqual([byUsername.id]);
    expect(await ids(`schulz-${tag.toUpperCase()}`)).toEqual([byName.id]);
    expect((await ids(tag)).sort()).toEqual([byEmail.id, byUsername.id, byName.id].sort());
  });

  test("returns list data only, never the password hash", async () => {
    const tag = uniqueSuffix();
    await createUser({ username: `geheim_${tag}`, passwordHash: "scrypt$1$1$1$c2FsdA==$aGFzaA==" });
    const [item] = (await searchUsers({ q: `geheim_${tag}` })).items;
    expect(item).toBeDefined();
    expect(item).not.toHaveProperty("passwordHash");
  });

  test("treats % and _ as ordinary characters", async () => {
    const tag = uniqueSuffix();
    const literal = await createUser({ displayName: `100% Kiez ${tag}` });
    await createUser({ displayName: `1000 Kiez ${tag}` });
    expect((await searchUsers({ q: `100% Kiez ${tag}` })).items.map((u) => u.id)).toEqual([literal.id]);
    expect((await searchUsers({ q: `10_ Kiez ${tag}` })).items).toEqual([]);
  });

  test("paginates newest first without duplicates or gaps", async () => {
    const tag = uniqueSuffix();
    const created = [];
    for (let i = 0; i < 27; i++) created.push(await createUser({ displayName: `Seite ${tag} ${i}` }));

    const first = await searchUsers({ q: `Seite ${tag}` });
    expect(first.items).toHaveLength(25);
    const second = await searchUsers({ q: `Seite ${tag}`, after: first.nextCursor! });
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();

    const all = [...first.items, ...second.items];
    const seen = all.map((u) => u.id);
    expect(new Set(seen).size).toBe(27);
    expect([...seen].sort()).toEqual(created.map((u) => u.id).sort());
    const times = all.map((u) => u.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(seen[0]).toBe(created.at(-1)!.id);
  });

  // Same cause as the audit log case above: accounts created in one statement (an import, a seed)
  // share a timestamp, and a millisecond cursor skips those after the page boundary.
  test("paginates accounts created at the same moment without gaps", async () => {
    const tag = uniqueSuffix();
    const rows = Array.from({ length: 27 }, (_, i) => ({ email: `gleichzeitig-${i}-${tag}@kiezwerk.example`, displayName: `Gleichzeitig ${tag}` }));
    const created = await getDb().insert(users).values(rows).returning({ id: users.id });

    const first = await searchUsers({ q: `Gleichzeitig ${tag}` });
    const second = await searchUsers({ q: `Gleichzeitig ${tag}`, after: first.nextCursor! });
    const seen = [...first.items, ...second.items].map((u) => u.id);
    expect(seen.length).toBe(27);
    expect([...seen].sort()).toEqual(created.map((u) => u.id).sort());
  });
});
