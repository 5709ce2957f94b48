import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { moderationDecisions, notifications, sessions } from "@/db/schema";
import { findSessionUser } from "@/lib/auth/session-lookup";
import { suspendAccount } from "@/lib/moderation/decisions/suspend-account";
import { loadAppealableDecisionFacts } from "@/lib/moderation/facts";
import { can } from "@/lib/policy";
import { createSession, createUser, readUser, uniqueSuffix } from "../support/factories";

const DAY = 24 * 60 * 60 * 1000;

async function admin() {
  const account = await createUser({ role: "admin", verification: "verified", displayName: `Ada ${uniqueSuffix()}` });
  return { id: account.id, role: "admin" as const, verification: "verified" as const, status: "active" as const, suspendedUntil: null, profileComplete: true as const };
}

const suspend = async (actor: Awaited<ReturnType<typeof admin>>, userId: string, duration: "7" | "30" | "indefinite", now = new Date()) =>
  suspendAccount({ actor, userId, ruleKey: "respect", facts: "Beleidigungen in drei Kommentaren", duration, now });

describe("an admin suspends through the same path as moderation", () => {
  test("every session of the account ends at once, and they do not come back when the suspension is lifted", async () => {
    const actor = await admin();
    const member = await createUser();
    const token = await createSession(member.id);
    expect(await findSessionUser(token)).not.toBeNull();

    await suspend(actor, member.id, "7");

    expect(await findSessionUser(token)).toBeNull();
    expect(await getDb().select().from(sessions).where(eq(sessions.userId, member.id))).toHaveLength(0);
    expect(await readUser(member.id)).toMatchObject({ status: "suspended", suspensionReason: "Beleidigungen in drei Kommentaren" });
  });

  test("the person gets a statement of reasons they can appeal, with the rule and the facts", async () => {
    const actor = await admin();
    const member = await createUser();
    const decisionId = await suspend(actor, member.id, "30");

    const [decision] = await getDb().select().from(moderationDecisions).where(eq(moderationDecisions.id, decisionId));
    expect(decision).toMatchObject({ kind: "suspend", ruleKey: "respect", affectedUserId: member.id, moderatorId: actor.id });
    const told = await getDb()
      .select({ kind: notifications.kind, data: notifications.data })
      .from(notifications)
      .where(and(eq(notifications.userId, member.id), eq(notifications.kind, "decision")));
    expect(told).toEqual([{ kind: "decision", data: { decisionId, kind: "suspend" } }]);

    const facts = await loadAppealableDecisionFacts(decisionId);
    const suspendedMember = { id: member.id, role: "member" as const, verification: "email" as const, status: "suspended" as const, suspendedUntil: decision!.suspendedUntil, profileComplete: true };
    expect(can(suspendedMember, "moderation.appeal.submit", facts!)).toBe(true);
  });

  test("a shorter suspension never cuts a longer one in force short", async () => {
    const actor = await admin();
    const member = await createUser();
    const now = new Date();
    await suspend(actor, member.id, "30", now);
    await suspend(actor, member.id, "7", now);
    const account = await readUser(member.id);
    expect(account.suspendedUntil!.getTime()).toBe(now.getTime() + 30 * DAY);

    await suspend(actor, member.id, "indefinite", now);
    expect((await readUser(member.id)).suspendedUntil).toBeNull();
  });
});
