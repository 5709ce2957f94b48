import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, sessions, verificationCodes } from "@/db/schema";
import { changeEmail, changeRole } from "@/lib/users/mutations";
import { formatCode, hashCode, normalizeCode } from "@/lib/verification/codes";
import { issueVerificationCodes, redeemVerificationCode, revokeVerificationCode } from "@/lib/verification/mutations";
import { getCodeValidityDays, listVerificationCodes } from "@/lib/verification/queries";
import { createSession, createUser, readUser, uniqueSuffix } from "../support/factories";

const DAY = 24 * 60 * 60 * 1000;

const newStaffOrAdmin = (role: "staff" | "admin" = "admin") =>
  createUser({ role, verification: "verified", email: `amt-${uniqueSuffix()}@ba-tk.berlin.de`, displayName: `Amt ${uniqueSuffix()}` });

async function issueOne(note: string | null = null) {
  const issuer = await newStaffOrAdmin();
  const issued = await issueVerificationCodes({ actorId: issuer.id, count: 1, note, batch: null });
  return { issuer, ...issued.codes[0]!, expiresAt: issued.expiresAt };
}

const codeRow = async (id: string) => {
  const [row] = await getDb().select().from(verificationCodes).where(eq(verificationCodes.id, id));
  if (!row) throw new Error(`code ${id} not found`);
  return row;
};

const auditEntries = (targetId: string) =>
  getDb()
    .select({ action: auditLog.action, actorId: auditLog.actorId, targetType: auditLog.targetType, reason: auditLog.reason, details: auditLog.details })
    .from(auditLog)
    .where(eq(auditLog.targetId, targetId));

describe("issuing codes", () => {
  test("stores only the hash: the plain code appears in no column of the table", async () => {
    const issuer = await newStaffOrAdmin("staff");
    const issued = await issueVerificationCodes({ actorId: issuer.id, count: 5, note: "Briefe Adlershof", batch: { language: "de" } });

    const rows = await getDb()
      .select()
      .from(verificationCodes)
      .where(inArray(verificationCodes.id, issued.codes.map((c) => c.id)));
    expect(rows).toHaveLength(5);
    const stored = JSON.stringify(rows);
    for (const { id, code } of issued.codes) {
      for (const form of [code, normalizeCode(code), code.toLowerCase(), normalizeCode(code).toLowerCase()]) expect(stored).not.toContain(form);
      expect(rows.find((r) => r.id === id)?.codeHash).toBe(hashCode(code));
    }
  });

  test("a letter run shares one batch, expires after the configured days and writes one audit entry with the count", async () => {
    const issuer = await newStaffOrAdmin("staff");
    const before = Date.now();
    const issued = await issueVerificationCodes({ actorId: issuer.id, count: 3, note: "Serie", batch: { language: "en" } });

    expect(issued.codes).toHaveLength(3);
    expect(new Set(issued.codes.map((c) => c.code)).size).toBe(3);
    expect(issued.batchId).not.toBeNull();
    const days = await getCodeValidityDays();
    expect(issued.expiresAt.getTime()).toBeGreaterThanOrEqual(before + days * DAY);
    expect(issued.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + days * DAY);

    const rows = await getDb().select().from(verificationCodes).where(eq(verificationCodes.batchId, issued.batchId!));
    expect(rows.map((r) => [r.note, r.issuedById, r.usedAt, r.revokedAt])).toEqual(Array(3).fill(["Serie", issuer.id, null, null]));
    expect(await auditEntries(issued.batchId!)).toEqual([
      { action: "verification.code_issued", actorId: issuer.id, targetType: "verification_batch", reason: null, details: { count: 3, language: "en" } },
    ]);
  });

  test("the list shows each code's state, filters by it and never returns the hash", async () => {
    const issuer = await newStaffOrAdmin();
    const issued = await issueVerificationCodes({ actorId: issuer.id, count: 4, note: null, batch: { language: "de" } });
    const [open, used, revoked, expired] = issued.codes;
    const member = await createUser();
    expect(await redeemVerificationCode({ userId: member.id, code: used!.code })).toEqual({ ok: true });
    expect(await revokeVerificationCode({ actorId: issuer.id, codeId: revoked!.id, reason: null })).toEqual({ ok: true });
    await getDb().update(verificationCodes).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(verificationCodes.id, expired!.id));

    const all = await listVerificationCodes({ batch: issued.batchId! });
    const statusOf = Object.fromEntries(all.items.map((item) => [item.id, item.status]));
    expect(statusOf).toEqual({ [open!.id]: "open", [used!.id]: "used", [revoked!.id]: "revoked", [expired!.id]: "expired" });
    expect(all.items[0]).not.toHaveProperty("codeHash");
    expect(all.items.every((item) => item.issuedByName === issuer.displayName && item.reference.length === 8)).toBe(true);

    for (const status of ["open", "used", "revoked", "expired"] as const) {
      const filtered = await listVerificationCodes({ batch: issued.batchId!, status });
      expect(filtered.items.map((item) => item.status)).toEqual([status]);
    }
  });

  test("keyset pagination walks a run of 30 codes issued in one statement without gaps", async () => {
    const issuer = await newStaffOrAdmin();
    const issued = await issueVerificationCodes({ actorId: issuer.id, count: 30, note: null, batch: { language: "de" } });
    const first = await listVerificationCodes({ batch: issued.batchId! });
    expect(first.items).toHaveLength(25);
    const second = await listVerificationCodes({ batch: issued.batchId!, after: first.nextCursor! });
    expect(second.nextCursor).toBeNull();
    const seen = [...first.items, ...second.items].map((item) => item.id);
    expect(new Set(seen).size).toBe(30);
    expect([...seen].sort()).toEqual(issued.codes.map((c) => c.id).sort());
  });
});

describe("redeeming a code", () => {
  test("verifies the account, marks the code used and logs it", async () => {
    const { id, code } = await issueOne();
    const member = await createUser();

    // Typed the way people type: lower case, spaces instead of dashes.
    expect(await redeemVerificationCode({ userId: member.id, code: code.toLowerCase().replaceAll("-", " ") })).toEqual({ ok: true });

    const user = await readUser(member.id);
    expect(user.verification).toBe("verified");
    expect(user.verifiedAt).toBeInstanceOf(Date);
    const row = await codeRow(id);
    expect(row.usedById).toBe(member.id);
    expect(row.usedAt).toBeInstanceOf(Date);
    const entries = await getDb()
      .select({ action: auditLog.action, actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, "user"), eq(auditLog.targetId, member.id)));
    expect(entries).toEqual([{ action: "verification.code_redeemed", actorId: member.id }]);
  });

  test("works once: of two people typing the same code at the same moment, exactly one succeeds", async () => {
    const { id, code } = await issueOne();
    const [first, second] = await Promise.all([createUser(), createUser()]);

    const outcomes = await Promise.all([redeemVerificationCode({ userId: first.id, code }), redeemVerificationCode({ userId: second.id, code })]);

    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok)).toEqual([{ ok: false, reason: "used" }]);
    const winner = outcomes[0]!.ok ? first : second;
    const loser = winner === first ? second : first;
    expect((await readUser(winner.id)).verification).toBe("verified");
    expect((await readUser(loser.id)).verification).toBe("email");
    expect((await codeRow(id)).usedById).toBe(winner.id);

    // And later attempts still say so.
    expect(await redeemVerificationCode({ userId: loser.id, code })).toEqual({ ok: false, reason: "used" });
  });

  test("refuses an expired code and leaves the account unverified", async () => {
    const { id, code } = await issueOne();
    await getDb().update(verificationCodes).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(verificationCodes.id, id));
    const member = await createUser();

    expect(await redeemVerificationCode({ userId: member.id, code })).toEqual({ ok: false, reason: "expired" });
    expect((await readUser(member.id)).verification).toBe("email");
    expect((await codeRow(id)).usedAt).toBeNull();
  });

  test("refuses a revoked code", async () => {
    const { id, code, issuer } = await issueOne();
    expect(await revokeVerificationCode({ actorId: issuer.id, codeId: id, reason: "Brief kam zurück" })).toEqual({ ok: true });
    const member = await createUser();

    expect(await redeemVerificationCode({ userId: member.id, code })).toEqual({ ok: false, reason: "revoked" });
    expect((await readUser(member.id)).verification).toBe("email");
  });

  test("refuses a code that was never issued", async () => {
    const member = await createUser();
    expect(await redeemVerificationCode({ userId: member.id, code: formatCode("K7QM4TZPW9XH3RDA") })).toEqual({ ok: false, reason: "unknown" });
    expect((await readUser(member.id)).verification).toBe("email");
  });

  test("an account that is already verified does not use up the code: it stays open for someone else", async () => {
    const { id, code } = await issueOne();
    const verified = await createUser({ verification: "verified" });

    expect(await redeemVerificationCode({ userId: verified.id, code })).toEqual({ ok: false, reason: "already_verified" });
    const row = await codeRow(id);
    expect(row.usedAt).toBeNull();
    expect(row.usedById).toBeNull();
    expect(await auditEntries(verified.id)).toEqual([]);

    const member = await createUser();
    expect(await redeemVerificationCode({ userId: member.id, code })).toEqual({ ok: true });
  });
});

describe("revoking a code", () => {
  test("revokes an open code once and logs who did it and why", async () => {
    const { id, issuer } = await issueOne();
    const revoker = await newStaffOrAdmin("staff");

    expect(await revokeVerificationCode({ actorId: revoker.id, codeId: id, reason: "Brief verloren" })).toEqual({ ok: true });
    expect(await revokeVerificationCode({ actorId: issuer.id, codeId: id, reason: null })).toEqual({ ok: false, reason: "revoked" });

    const row = await codeRow(id);
    expect(row.revokedById).toBe(revoker.id);
    expect(row.revokedAt).toBeInstanceOf(Date);
    const entries = await auditEntries(id);
    expect(entries.filter((e) => e.action === "verification.code_revoked")).toEqual([
      { action: "verification.code_revoked", actorId: revoker.id, targetType: "verification_code", reason: "Brief verloren", details: { batch: null } },
    ]);
  });

  test("cannot revoke a used or expired code, nor one that does not exist", async () => {
    const used = await issueOne();
    await redeemVerificationCode({ userId: (await createUser()).id, code: used.code });
    expect(await revokeVerificationCode({ actorId: used.issuer.id, codeId: used.id, reason: null })).toEqual({ ok: false, reason: "used" });

    const expired = await issueOne();
    await getDb().update(verificationCodes).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(verificationCodes.id, expired.id));
    expect(await revokeVerificationCode({ actorId: expired.issuer.id, codeId: expired.id, reason: null })).toEqual({ ok: false, reason: "expired" });

    expect(await revokeVerificationCode({ actorId: used.issuer.id, codeId: crypto.randomUUID(), reason: null })).toEqual({ ok: false, reason: "not_found" });
  });
});

describe("an admin changes an account's e-mail address", () => {
  const staffAccount = () => createUser({ email: `amt-${uniqueSuffix()}@ba-tk.berlin.de`, role: "staff", verification: "verified" });

  test("moving a staff account off the official domains removes the role in the same change, ends its sessions and logs both", async () => {
    const admin = await newStaffOrAdmin("admin");
    const staff = await staffAccount();
    const token = await createSession(staff.id);
    const newEmail = `Privat-${uniqueSuffix()}@Example.org`;

    expect(await changeEmail({ actorId: admin.id, targetId: staff.id, email: newEmail, reason: "Hat das Bezirksamt verlassen" })).toEqual({
      ok: true,
      staffRoleRemoved: true,
    });

    const user = await readUser(staff.id);
    expect(user).toMatchObject({ email: newEmail.toLowerCase(), role: "member", verification: "verified", emailVerified: null });
    expect(await getDb().select().from(sessions).where(eq(sessions.sessionToken, token))).toEqual([]);
    const entries = await auditEntries(staff.id);
    expect(entries).toEqual(
      expect.arrayContaining([
        { action: "user.email_changed", actorId: admin.id, targetType: "user", reason: "Hat das Bezirksamt verlassen", details: { fromDomain: "ba-tk.berlin.de", toDomain: "example.org" } },
        {
          action: "user.role_changed",
          actorId: admin.id,
          targetType: "user",
          reason: "Hat das Bezirksamt verlassen",
          details: { from: "staff", to: "member", cause: "email_domain_not_official" },
        },
      ]),
    );
    expect(entries).toHaveLength(2);
    // The log keeps the domains, not the addresses.
    expect(JSON.stringify(entries)).not.toContain(staff.email);
  });

  test("a staff account moving to another official address keeps its role (but still signs in again)", async () => {
    const admin = await newStaffOrAdmin("admin");
    const staff = await staffAccount();
    const token = await createSession(staff.id);

    expect(await changeEmail({ actorId: admin.id, targetId: staff.id, email: `neu-${uniqueSuffix()}@ba-tk.berlin.de`, reason: "Namensänderung" })).toEqual({
      ok: true,
      staffRoleRemoved: false,
    });
    expect((await readUser(staff.id)).role).toBe("staff");
    expect(await getDb().select().from(sessions).where(eq(sessions.sessionToken, token))).toEqual([]);
    expect((await auditEntries(staff.id)).map((e) => e.action)).toEqual(["user.email_changed"]);
  });

  test("a member keeps the member role on any domain", async () => {
    const admin = await newStaffOrAdmin("admin");
    const member = await createUser();
    await changeRole({ actorId: admin.id, targetId: member.id, role: "moderator", previousRole: "member", reason: "Moderationsteam" });
    expect(await changeEmail({ actorId: admin.id, targetId: member.id, email: `mod-${uniqueSuffix()}@example.org`, reason: "Tippfehler" })).toEqual({
      ok: true,
      staffRoleRemoved: false,
    });
    expect((await readUser(member.id)).role).toBe("moderator");
  });

  test("an address of another account is refused whatever its case, and the current one is no change", async () => {
    const admin = await newStaffOrAdmin("admin");
    const other = await createUser();
    const member = await createUser();

    expect(await changeEmail({ actorId: admin.id, targetId: member.id, email: other.email.toUpperCase(), reason: "Zusammenlegen" })).toEqual({
      ok: false,
      reason: "taken",
    });
    expect(await changeEmail({ actorId: admin.id, targetId: member.id, email: member.email.toUpperCase(), reason: "Nochmal" })).toEqual({
      ok: false,
      reason: "unchanged",
    });
    expect((await readUser(member.id)).email).toBe(member.email);
    expect(await auditEntries(member.id)).toEqual([]);
  });
});

