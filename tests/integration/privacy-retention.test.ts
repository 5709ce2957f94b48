import { eq, inArray } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import {
  accessibilityFeedback,
  auditLog,
  districtSettings,
  notifications,
  personalDataExports,
  rateLimits,
  retiredUsernames,
  sessions,
  users,
  verificationCodes,
  verificationTokens,
} from "@/db/schema";
import { RETENTION_ITEMS } from "@/lib/privacy/retention-periods";
import {
  deleteExpiredExports,
  deleteExpiredRateLimits,
  deleteExpiredSessions,
  deleteOldAccessibilityFeedback,
  deleteOldAuditEntries,
  deleteOldReadNotifications,
  deleteUnfinishedSignUps,
  deleteUnredeemedVerificationCodes,
  deleteUnusedSignInLinks,
  releaseRetiredUsernames,
  RETENTION_RULES,
  runRetention,
} from "@/lib/privacy/retention";
import { createSession, createUser, uniqueSuffix } from "../support/factories";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const now = () => new Date();
const ago = (ms: number) => new Date(Date.now() - ms);
const ahead = (ms: number) => new Date(Date.now() + ms);

describe("retention rules", () => {
  test("there is one rule per period the privacy page lists", () => {
    expect(Object.keys(RETENTION_RULES).sort()).toEqual([...RETENTION_ITEMS].sort());
  });

  test("unfinished sign-ups go after 24 hours; completed profiles and deleted members stay", async () => {
    const old = await createUser({ profileComplete: false });
    const young = await createUser({ profileComplete: false });
    const complete = await createUser();
    await getDb().update(users).set({ createdAt: ago(25 * HOUR) }).where(inArray(users.id, [old.id, complete.id]));
    expect(await deleteUnfinishedSignUps(now())).toBeGreaterThanOrEqual(1);
    const left = await getDb().select({ id: users.id }).from(users).where(inArray(users.id, [old.id, young.id, complete.id]));
    expect(left.map((r) => r.id).sort()).toEqual([young.id, complete.id].sort());
  });

  test("sign-in links issued more than 24 hours ago go", async () => {
    const tag = uniqueSuffix();
    await getDb().insert(verificationTokens).values([
      { identifier: `alt-${tag}@kiezwerk.example`, token: `old-${tag}`, expires: ago(24 * HOUR) },
      { identifier: `neu-${tag}@kiezwerk.example`, token: `new-${tag}`, expires: ago(HOUR) },
    ]);
    await deleteUnusedSignInLinks(now());
    const left = await getDb().select({ token: verificationTokens.token }).from(verificationTokens).where(inArray(verificationTokens.token, [`old-${tag}`, `new-${tag}`]));
    expect(left).toEqual([{ token: `new-${tag}` }]);
  });

  test("unredeemed verification codes go at their expiry; redeemed ones stay", async () => {
    const tag = uniqueSuffix();
    const user = await createUser();
    await getDb().insert(verificationCodes).values([
      { codeHash: `expired-${tag}`, expiresAt: ago(HOUR) },
      { codeHash: `valid-${tag}`, expiresAt: ahead(DAY) },
      { codeHash: `used-${tag}`, expiresAt: ago(HOUR), usedAt: ago(DAY), usedById: user.id },
    ]);
    await deleteUnredeemedVerificationCodes(now());
    const left = await getDb().select({ hash: verificationCodes.codeHash }).from(verificationCodes).where(inArray(verificationCodes.codeHash, [`expired-${tag}`, `valid-${tag}`, `used-${tag}`]));
    expect(left.map((r) => r.hash).sort()).toEqual([`used-${tag}`, `valid-${tag}`]);
  });

  test("expired sessions go", async () => {
    const user = await createUser();
    const expired = await createSession(user.id, { expires: ago(1000) });
    const live = await createSession(user.id);
    await deleteExpiredSessions(now());
    const left = await getDb().select({ token: sessions.sessionToken }).from(sessions).where(eq(sessions.userId, user.id));
    expect(left.map((r) => r.token)).toEqual([live]);
    expect(expired).not.toBe(live);
  });

  test("rate-limit counters go when their window has passed", async () => {
    const tag = uniqueSuffix();
    await getDb().insert(rateLimits).values([
      { key: `linkPerAddress:old-${tag}`, points: 3, expire: ago(1000) },
      { key: `linkPerAddress:new-${tag}`, points: 1, expire: ahead(HOUR) },
    ]);
    await deleteExpiredRateLimits(now());
    const left = await getDb().select({ key: rateLimits.key }).from(rateLimits).where(inArray(rateLimits.key, [`linkPerAddress:old-${tag}`, `linkPerAddress:new-${tag}`]));
    expect(left).toEqual([{ key: `linkPerAddress:new-${tag}` }]);
  });

  test("read notifications go after 12 months; unread ones stay", async () => {
    const user = await createUser();
    await getDb().insert(notifications).values([
      { userId: user.id, kind: "old-read", data: {}, createdAt: ago(400 * DAY), readAt: ago(370 * DAY) },
      { userId: user.id, kind: "recent-read", data: {}, readAt: ago(30 * DAY) },
      { userId: user.id, kind: "old-unread", data: {}, createdAt: ago(400 * DAY) },
    ]);
    await deleteOldReadNotifications(now());
    const left = await getDb().select({ kind: notifications.kind }).from(notifications).where(eq(notifications.userId, user.id));
    expect(left.map((r) => r.kind).sort()).toEqual(["old-unread", "recent-read"]);
  });

  test("exports go after their 7 days", async () => {
    const user = await createUser();
    await getDb().insert(personalDataExports).values([
      { userId: user.id, zip: new Uint8Array([1]), createdAt: ago(8 * DAY), expiresAt: ago(DAY) },
      { userId: user.id, zip: new Uint8Array([2]), expiresAt: ahead(6 * DAY) },
    ]);
    await deleteExpiredExports(now());
    const left = await getDb().select({ expiresAt: personalDataExports.expiresAt }).from(personalDataExports).where(eq(personalDataExports.userId, user.id));
    expect(left).toHaveLength(1);
    expect(left[0]!.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  test("accessibility feedback goes after 12 months", async () => {
    const tag = uniqueSuffix();
    await getDb().insert(accessibilityFeedback).values([
      { message: `alt ${tag}`, createdAt: ago(370 * DAY) },
      { message: `neu ${tag}` },
    ]);
    await deleteOldAccessibilityFeedback(now());
    const left = await getDb().select({ message: accessibilityFeedback.message }).from(accessibilityFeedback).where(inArray(accessibilityFeedback.message, [`alt ${tag}`, `neu ${tag}`]));
    expect(left).toEqual([{ message: `neu ${tag}` }]);
  });

  test("a retired username is free again after its year", async () => {
    const tag = uniqueSuffix();
    await getDb().insert(retiredUsernames).values([
      { usernameHash: `old-${tag}`, retiredAt: ago(370 * DAY), reservedUntil: ago(5 * DAY) },
      { usernameHash: `new-${tag}`, reservedUntil: ahead(300 * DAY) },
    ]);
    await releaseRetiredUsernames(now());
    const left = await getDb().select({ hash: retiredUsernames.usernameHash }).from(retiredUsernames).where(inArray(retiredUsernames.usernameHash, [`old-${tag}`, `new-${tag}`]));
    expect(left).toEqual([{ hash: `new-${tag}` }]);
  });

  test("audit entries go after the district's period (default 3 years), which admins can change", async () => {
    const tag = uniqueSuffix();
    await getDb().insert(auditLog).values([
      { actorId: null, action: "test.old", targetType: "test", targetId: tag, createdAt: ago(37 * 31 * DAY) },
      { actorId: null, action: "test.two_years", targetType: "test", targetId: tag, createdAt: ago(2 * 365 * DAY) },
    ]);
    await deleteOldAuditEntries(now());
    const left = async () => (await getDb().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, tag))).map((r) => r.action);
    expect(await left()).toEqual(["test.two_years"]);

    const [before] = await getDb().select({ months: districtSettings.auditRetentionMonths }).from(districtSettings);
    await getDb().update(districtSettings).set({ auditRetentionMonths: 12 });
    try {
      await deleteOldAuditEntries(now());
      expect(await left()).toEqual([]);
    } finally {
      await getDb().update(districtSettings).set({ auditRetentionMonths: before!.months });
    }
  });

  test("runRetention runs every rule and says how many rows each removed", async () => {
    const user = await createUser();
    await createSession(user.id, { expires: ago(1000) });
    const counts = await runRetention(now());
    expect(Object.keys(counts).sort()).toEqual([...RETENTION_ITEMS].sort());
    expect(counts.sessions).toBeGreaterThanOrEqual(1);
  });
});
