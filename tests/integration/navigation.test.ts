import { count, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { mediationCases, mediationParties, moderationDecisions, notifications, reports } from "@/db/schema";
import { getHeaderFacts } from "@/lib/navigation/queries";
import { currentTermsVersion } from "../support/factories";
import { createActor, createModerator, insertReport } from "../support/moderation-factory";

async function openReportCount() {
  const [row] = await getDb().select({ value: count() }).from(reports).where(eq(reports.status, "open"));
  return row?.value ?? 0;
}

describe("what the header shows about the signed-in person", () => {
  test("a new member: no unread notifications, no decisions, no mediation cases, and no report count unless asked", async () => {
    const { user } = await createActor();
    expect(await getHeaderFacts({ userId: user.id, withOpenReports: false })).toEqual({ unreadNotifications: 0, unreadConversations: 0, hasDecisions: false, hasMediationCases: false, openReports: null });
  });

  test("unread notifications are counted, a decision with reasons and a mediation case each earn their link; a dismissal does not", async () => {
    const [{ user }, moderator] = await Promise.all([createActor(), createModerator()]);
    const db = getDb();
    const termsVersion = await currentTermsVersion();
    const decision = { targetType: "user" as const, targetId: user.id, affectedUserId: user.id, moderatorId: moderator.user.id, termsVersion, facts: "…" };
    await db.insert(moderationDecisions).values({ ...decision, kind: "dismiss" });
    await db.insert(notifications).values([
      { userId: user.id, kind: "report.receipt", data: {} },
      { userId: user.id, kind: "report.receipt", data: {}, readAt: new Date() },
    ]);
    expect(await getHeaderFacts({ userId: user.id, withOpenReports: false })).toMatchObject({ unreadNotifications: 1, hasDecisions: false, hasMediationCases: false });

    await db.insert(moderationDecisions).values({ ...decision, kind: "warn", ruleKey: "respect" });
    const [mediation] = await db.insert(mediationCases).values({ title: "Lärm", openedById: moderator.user.id }).returning();
    await db.insert(mediationParties).values({ caseId: mediation!.id, userId: user.id });
    expect(await getHeaderFacts({ userId: user.id, withOpenReports: false })).toMatchObject({ hasDecisions: true, hasMediationCases: true });
  });

  test("for moderators, the number of open reports in the queue", async () => {
    const [moderator, { user: author }] = await Promise.all([createModerator(), createActor()]);
    await insertReport({ reporterId: moderator.user.id, target: { type: "user", id: author.id } });
    await insertReport({ reporterId: moderator.user.id, target: { type: "user", id: author.id }, status: "resolved" });
    const facts = await getHeaderFacts({ userId: moderator.user.id, withOpenReports: true });
    expect(facts.openReports).toBe(await openReportCount());
    expect(facts.openReports).toBeGreaterThanOrEqual(1);
  });
});
