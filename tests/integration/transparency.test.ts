import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { appeals, moderationDecisions } from "@/db/schema";
import { createReport } from "@/lib/moderation/reports/create-report";
import { decide } from "@/lib/moderation/decisions/decide";
import { currentMonth, getTransparencyMonth, listTransparencyMonths, type TransparencyMonth } from "@/lib/moderation/transparency";
import { createAnnouncement, createComment } from "../support/announcement-factory";
import { createUser } from "../support/factories";
import { captureMail, createActor, createModerator, insertReport, reportsOn } from "../support/moderation-factory";

captureMail();

const HOUR = 60 * 60 * 1000;
const at = (iso: string) => new Date(iso);

type DecisionKind = (typeof moderationDecisions.$inferInsert)["kind"];

async function insertDecision({ kind, createdAt, firstReportedAt = null, moderatorId, affectedUserId }: { kind: DecisionKind; createdAt: Date; firstReportedAt?: Date | null; moderatorId: string; affectedUserId: string }) {
  const [row] = await getDb()
    .insert(moderationDecisions)
    .values({
      targetType: "user",
      targetId: affectedUserId,
      affectedUserId,
      moderatorId,
      kind,
      ruleKey: kind === "dismiss" ? null : "respect",
      termsVersion: 1,
      facts: "Sachverhalt für den Transparenzbericht.",
      firstReportedAt,
      createdAt,
    })
    .returning({ id: moderationDecisions.id });
  if (!row) throw new Error("decision not inserted");
  return row.id;
}

async function insertAppeal({ decisionId, appellantId, createdAt, status = "open", decidedAt = null }: { decisionId: string; appellantId: string; createdAt: Date; status?: "open" | "upheld" | "reversed"; decidedAt?: Date | null }) {
  await getDb().insert(appeals).values({ decisionId, appellantId, statement: "Ich widerspreche.", createdAt, status, decidedAt });
}

/**
 * Everything here happens in 2001, long before any other test's data: the month's counts are this
 * file's alone. Europe/Berlin is UTC+1 in February and, from 25 March 2001, UTC+2.
 */
describe("one month of the transparency report (Europe/Berlin months)", () => {
  beforeAll(async () => {
    const member = await createUser();
    const moderator = await createUser({ role: "moderator", verification: "verified" });
    const reporters = await Promise.all(Array.from({ length: 6 }, () => createUser()));
    const report = (i: number, reason: Parameters<typeof insertReport>[0]["reason"], createdAt: string) =>
      // Resolved, so these old reports never show up in the moderation queue of other tests.
      insertReport({ reporterId: reporters[i]!.id, target: { type: "user", id: member.id }, reason, createdAt: at(createdAt), status: "resolved" });

    await report(0, "other", "2001-02-28T22:30:00Z"); // 23:30 on 28 February in Berlin
    await report(1, "insult", "2001-02-28T23:30:00Z"); // 00:30 on 1 March in Berlin
    await report(2, "insult", "2001-03-10T12:00:00Z");
    await report(3, "spam", "2001-03-31T21:30:00Z"); // 23:30 on 31 March in Berlin
    await report(4, "hate", "2001-03-31T22:30:00Z"); // 00:30 on 1 April in Berlin
    await report(5, "privacy", "2001-04-20T08:00:00Z");

    const decision = (kind: DecisionKind, createdAt: string, hoursAfterReport: number | null) =>
      insertDecision({
        kind,
        createdAt: at(createdAt),
        firstReportedAt: hoursAfterReport === null ? null : new Date(at(createdAt).getTime() - hoursAfterReport * HOUR),
        moderatorId: moderator.id,
        affectedUserId: member.id,
      });
    const hidden = await decision("hide", "2001-03-02T10:00:00Z", 2);
    const hiddenLater = await decision("hide", "2001-03-12T10:00:00Z", 10);
    const warned = await decision("warn", "2001-03-20T10:00:00Z", 4);
    // Taken without a report (nothing to measure the time from): counted, but not in the median.
    await decision("dismiss", "2001-03-21T10:00:00Z", null);
    await decision("suspend", "2001-03-31T22:30:00Z", 1); // April in Berlin
    await decision("warn", "2001-02-28T22:00:00Z", 30); // February in Berlin

    await insertAppeal({ decisionId: hidden, appellantId: member.id, createdAt: at("2001-03-05T09:00:00Z"), status: "upheld", decidedAt: at("2001-03-06T09:00:00Z") });
    // Received in March, decided (reversed) just after midnight on 1 April in Berlin.
    await insertAppeal({ decisionId: hiddenLater, appellantId: member.id, createdAt: at("2001-03-31T20:00:00Z"), status: "reversed", decidedAt: at("2001-03-31T22:15:00Z") });
    await insertAppeal({ decisionId: warned, appellantId: member.id, createdAt: at("2001-03-31T21:45:00Z") });
  });

  test("March 2001: reports by reason, decisions by kind, appeals received and decided, and the median time to decision", async () => {
    const march = await getTransparencyMonth({ year: 2001, month: 3 });

    expect(march).toEqual<TransparencyMonth>({
      year: 2001,
      month: 3,
      reportsByReason: { insult: 2, hate: 0, spam: 1, privacy: 0, misinformation: 0, off_topic: 0, other: 0 },
      reportsTotal: 3,
      decisionsByKind: { dismiss: 1, hide: 2, warn: 1, suspend: 0 },
      decisionsTotal: 4,
      appealsReceived: 3,
      appealsUpheld: 1,
      appealsReversed: 0,
      medianHoursToDecision: 4,
    });
  });

  test("the neighbouring months get what crossed midnight in Berlin, however UTC dates it", async () => {
    const february = await getTransparencyMonth({ year: 2001, month: 2 });
    const april = await getTransparencyMonth({ year: 2001, month: 4 });

    expect(february).toMatchObject({ reportsByReason: { other: 1, insult: 0 }, reportsTotal: 1, decisionsByKind: { warn: 1 }, decisionsTotal: 1, medianHoursToDecision: 30 });
    expect(april).toMatchObject({
      reportsByReason: { hate: 1, privacy: 1, spam: 0 },
      reportsTotal: 2,
      decisionsByKind: { suspend: 1 },
      decisionsTotal: 1,
      appealsReceived: 0,
      appealsUpheld: 0,
      appealsReversed: 1,
      medianHoursToDecision: 1,
    });
  });

  test("a month without moderation counts zero and has no median", async () => {
    const january = await getTransparencyMonth({ year: 2001, month: 1 });

    expect(january).toMatchObject({ reportsTotal: 0, decisionsTotal: 0, appealsReceived: 0, appealsUpheld: 0, appealsReversed: 0, medianHoursToDecision: null });
    expect(Object.values(january.reportsByReason).every((n) => n === 0)).toBe(true);
  });

  test("the median of an even number of decisions lies between the middle two", async () => {
    const member = await createUser();
    const moderator = await createUser({ role: "moderator", verification: "verified" });
    for (const [day, hours] of [[3, 1], [4, 3], [5, 9], [6, 20]] as const) {
      await insertDecision({ kind: "hide", createdAt: at(`2000-06-0${day}T10:00:00Z`), firstReportedAt: new Date(at(`2000-06-0${day}T10:00:00Z`).getTime() - hours * HOUR), moderatorId: moderator.id, affectedUserId: member.id });
    }

    expect((await getTransparencyMonth({ year: 2000, month: 6 })).medianHoursToDecision).toBe(6);
  });

  test("the months on offer run from the first month with a report or decision (in Berlin) to the current one, newest first", async () => {
    const months = await listTransparencyMonths(at("2001-05-15T12:00:00Z"));

    // This file's rows from June 2000 (above) are the oldest in the test database.
    expect(months[0]).toEqual({ year: 2001, month: 5 });
    expect(months.slice(0, 4)).toEqual([
      { year: 2001, month: 5 },
      { year: 2001, month: 4 },
      { year: 2001, month: 3 },
      { year: 2001, month: 2 },
    ]);
    expect(months.at(-1)).toEqual({ year: 2000, month: 6 });
    expect(months).toHaveLength(12);
  });

  test("the current month is counted in Berlin too: 23:30 UTC on 31 December is already January", () => {
    expect(currentMonth(at("2026-12-31T23:30:00Z"))).toEqual({ year: 2027, month: 1 });
    expect(currentMonth(at("2026-12-31T22:59:59Z"))).toEqual({ year: 2026, month: 12 });
  });
});

describe("the report counts what moderation does now", () => {
  test("a report and a hiding decision this month appear in this month's figures, with the time from the first report", async () => {
    const author = await createActor();
    const [first, second] = await Promise.all([createActor(), createActor()]);
    const moderator = await createModerator();
    const announcement = await createAnnouncement();
    const comment = await createComment({ announcementId: announcement.id, authorId: author.user.id });
    const target = { type: "comment" as const, id: comment.id };
    const month = currentMonth();
    const before = await getTransparencyMonth(month);

    await createReport({ reporter: first.actor, target, reason: "misinformation", explanation: "Das stimmt so nicht." });
    await createReport({ reporter: second.actor, target, reason: "misinformation", explanation: "Falsche Angaben zum Termin." });
    const decisionId = await decide({
      moderator: moderator.actor,
      target: { ...target, author: { id: author.user.id } },
      kind: "hide",
      ruleKey: "truthfulness",
      facts: "Der Kommentar nennt einen falschen Abholtermin.",
      duration: "",
    });
    const after = await getTransparencyMonth(month);

    expect(after.reportsByReason.misinformation - before.reportsByReason.misinformation).toBe(2);
    expect(after.reportsTotal - before.reportsTotal).toBe(2);
    expect(after.decisionsByKind.hide - before.decisionsByKind.hide).toBe(1);
    expect(after.decisionsTotal - before.decisionsTotal).toBe(1);
    expect(after.medianHoursToDecision).not.toBeNull();
    const [decision] = await getDb().select().from(moderationDecisions).where(eq(moderationDecisions.id, decisionId));
    const [oldest] = await reportsOn(target);
    expect(oldest).toMatchObject({ reporterId: first.user.id, decisionId });
    expect(decision!.firstReportedAt).toEqual(oldest!.createdAt);
  });
});
