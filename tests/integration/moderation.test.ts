import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { getDb } from "@/db/client";
import { announcements, appeals, moderationDecisions, sessions } from "@/db/schema";
import { addComment, deleteComment } from "@/lib/announcements/comments/mutations";
import { listComments } from "@/lib/announcements/comments/queries";
import { getPublicAnnouncement, listAnnouncements } from "@/lib/announcements/queries";
import { findSessionUser } from "@/lib/auth/session-lookup";
import { appealAction, decideAction, decideAppealAction, reportAction } from "@/lib/moderation/actions";
import { claimReports } from "@/lib/moderation/reports/claim-reports";
import { createReport } from "@/lib/moderation/reports/create-report";
import { decide } from "@/lib/moderation/decisions/decide";
import { decideAppeal } from "@/lib/moderation/appeals/decide-appeal";
import { submitAppeal } from "@/lib/moderation/appeals/submit-appeal";
import { findSuspensionDecision, listStatementsAbout } from "@/lib/moderation/decisions/list-decisions";
import { getStatement } from "@/lib/moderation/decisions/statement";
import { getTargetReview } from "@/lib/moderation/queue/target-review";
import { listQueue } from "@/lib/moderation/queue/list-queue";
import { markNotificationsReadAction } from "@/lib/notifications/actions";
import { countUnreadNotifications, listNotifications } from "@/lib/notifications/queries";
import { appealDeadline } from "@/lib/policy";
import { searchAnnouncements, searchComments } from "@/lib/search/queries";
import { createAnnouncement, createComment } from "../support/announcement-factory";
import { createSession, createUser, currentTermsVersion, readUser, uniqueSuffix } from "../support/factories";
import {
  auditEntriesAbout,
  captureMail,
  createActor,
  createModerator,
  deleteReports,
  insertReport,
  notificationsOf,
  queueItemsFor,
  reportsOn,
} from "../support/moderation-factory";

// The actions read the session cookie, the request's host (for links in mails) and refresh pages.
const session = vi.hoisted(() => ({ token: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => (session.token ? { value: session.token } : undefined) }),
  // A forged host: links in mails must still point at the configured origin (AUTH_URL).
  headers: async () => new Headers({ host: "evil.example", "x-forwarded-host": "evil.example" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const mail = captureMail();

const ORIGIN = "https://kiezwerk.test";
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A made-up word no other test uses, so a search sees only this test's rows (German stemming leaves it alone). */
const word = () => `zqm${uniqueSuffix().replace(/[0-9]/g, (d) => "ghijklmnop"[Number(d)]!)}`;

const deadlineText = (decidedAt: Date) =>
  new Intl.DateTimeFormat("de", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Berlin" }).format(appealDeadline(decidedAt));

/** A member's comment on a fresh announcement, with a word only this comment contains. */
async function commentByMember(input: Parameters<typeof createUser>[0] = {}) {
  const author = await createActor({ displayName: `Autorin ${uniqueSuffix()}`, ...input });
  const announcement = await createAnnouncement();
  const tag = word();
  const comment = await createComment({ announcementId: announcement.id, authorId: author.user.id, body: `Ihr seid alle Deppen ${tag}` });
  return { author, announcement, comment, tag, target: { type: "comment" as const, id: comment.id } };
}

async function decisionRow(id: string) {
  const [row] = await getDb().select().from(moderationDecisions).where(eq(moderationDecisions.id, id));
  if (!row) throw new Error(`decision ${id} not found`);
  return row;
}

async function appealRow(id: string) {
  const [row] = await getDb().select().from(appeals).where(eq(appeals.id, id));
  if (!row) throw new Error(`appeal ${id} not found`);
  return row;
}

const commentAs = async (announcementId: string, commentId: string, viewerId: string | null) =>
  (await listComments({ announcementId, viewerId, limit: 100 })).items.find((c) => c.id === commentId);

const hideFacts = "Der Kommentar beschimpft andere Mitglieder als „Deppen“.";

beforeEach(() => {
  session.token = undefined;
});

describe("reporting", () => {
  test("a report is stored; the reporter gets a receipt in the app and by mail; the audit log records it", async () => {
    const { target } = await commentByMember();
    const reporter = await createActor();
    session.token = reporter.token;

    const result = await reportAction({ targetType: "comment", targetId: target.id, reason: "insult", explanation: "  Das ist eine Beleidigung.  " });

    expect(result.ok).toBe(true);
    const [report] = await reportsOn(target);
    expect(report).toMatchObject({ reporterId: reporter.user.id, reason: "insult", explanation: "Das ist eine Beleidigung.", status: "open", claimedById: null, mediationConsent: false });
    expect(result.ok && result.data).toEqual({ id: report!.id });

    const notes = await notificationsOf(reporter.user.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: "report_received", data: { targetType: "comment", reason: "insult" }, readAt: null });

    const receipts = await mail.to(reporter.user.email);
    expect(receipts).toHaveLength(1);
    expect(receipts[0]!.subject).toBe("Deine Meldung ist eingegangen");
    expect(receipts[0]!.text).toContain(`Hallo ${reporter.user.displayName},`);
    expect(receipts[0]!.text).toContain("Kommentar, Grund: Beleidigung oder Belästigung");

    const audit = await auditEntriesAbout(target.id);
    expect(audit.map((e) => [e.action, e.actorId, e.targetType])).toEqual([["moderation.report_filed", reporter.user.id, "comment"]]);
    expect(audit[0]!.details).toEqual({ reason: "insult", mediationConsent: false });
  });

  test("nobody reports their own comment or profile, and a target that does not exist is not found", async () => {
    const { author, target } = await commentByMember();
    session.token = author.token;

    const own = await reportAction({ targetType: "comment", targetId: target.id, reason: "spam", explanation: "Ich melde mich selbst." });
    const self = await reportAction({ targetType: "user", targetId: author.user.id, reason: "spam", explanation: "Ich melde mich selbst." });
    const unknown = await reportAction({ targetType: "comment", targetId: "no-such-comment", reason: "spam", explanation: "Gibt es nicht." });

    expect(own).toMatchObject({ ok: false, error: "forbidden" });
    expect(self).toMatchObject({ ok: false, error: "forbidden" });
    expect(unknown).toMatchObject({ ok: false, error: "not_found" });
    expect(await reportsOn(target)).toEqual([]);
    expect(await reportsOn({ type: "user", id: author.user.id })).toEqual([]);
    expect(await mail.to(author.user.email)).toEqual([]);
  });

  test("one open report per reporter and target: a second is refused, another reporter's is accepted, after the decision the first may report again", async () => {
    const { target } = await commentByMember();
    const first = await createActor();
    const second = await createActor();
    const moderator = await createModerator();

    expect(await createReport({ reporter: first.actor, target, reason: "insult", explanation: "Erste Meldung dazu." })).toMatchObject({ ok: true });
    expect(await createReport({ reporter: first.actor, target, reason: "hate", explanation: "Noch einmal, anderer Grund." })).toEqual({ ok: false, reason: "already_reported" });
    session.token = first.token;
    expect(await reportAction({ targetType: "comment", targetId: target.id, reason: "spam", explanation: "Und ein drittes Mal." })).toMatchObject({
      ok: false,
      error: "already_reported",
    });
    expect(await createReport({ reporter: second.actor, target, reason: "insult", explanation: "Ich sehe das genauso." })).toMatchObject({ ok: true });

    // The refused attempts left nothing behind: no report, no receipt.
    expect((await reportsOn(target)).map((r) => r.reporterId)).toEqual([first.user.id, second.user.id]);
    expect((await notificationsOf(first.user.id)).map((n) => n.kind)).toEqual(["report_received"]);
    expect((await mail.to(first.user.email)).map((m) => m.subject)).toEqual(["Deine Meldung ist eingegangen"]);

    await decide({ moderator: moderator.actor, target: { ...target, author: null }, kind: "dismiss", ruleKey: "", facts: "Kein Verstoß erkennbar.", duration: "" });
    expect(await createReport({ reporter: first.actor, target, reason: "insult", explanation: "Es geht weiter so." })).toMatchObject({ ok: true });
    expect((await reportsOn(target)).map((r) => [r.reporterId, r.status])).toEqual([
      [first.user.id, "resolved"],
      [second.user.id, "resolved"],
      [first.user.id, "open"],
    ]);
  });
});

describe("the queue", () => {
  test("groups open reports by target with their count and reasons, oldest first, and shows the reported text", async () => {
    const older = await commentByMember();
    const newer = await commentByMember();
    const [a, b, c, d] = await Promise.all([createUser(), createUser(), createUser(), createUser()]);
    const t0 = Date.now() - 3 * HOUR;
    await insertReport({ reporterId: a.id, target: newer.target, reason: "insult", createdAt: new Date(t0 + 10 * 60_000) });
    await insertReport({ reporterId: b.id, target: older.target, reason: "spam", createdAt: new Date(t0) });
    await insertReport({ reporterId: c.id, target: newer.target, reason: "spam", createdAt: new Date(t0 + 20 * 60_000) });
    await insertReport({ reporterId: d.id, target: newer.target, reason: "insult", createdAt: new Date(t0 + 30 * 60_000) });

    const { items } = await queueItemsFor([older.comment.id, newer.comment.id]);

    expect(items.map((i) => i.id)).toEqual([older.comment.id, newer.comment.id]);
    expect(items[0]).toMatchObject({ type: "comment", reportCount: 1, reasons: ["spam"], claimedBy: null, decision: null });
    expect(items[1]).toMatchObject({ type: "comment", reportCount: 3, claimedBy: null });
    expect([...items[1]!.reasons].sort()).toEqual(["insult", "spam"]);
    expect(items[1]!.since).toEqual(new Date(t0 + 10 * 60_000));
    expect(items[1]!.target).toMatchObject({ text: newer.comment.body, author: { id: newer.author.user.id }, hideable: true });
  });

  test("a reason filter keeps the targets with a report for that reason (counting all their reports)", async () => {
    const spammy = await commentByMember();
    const rude = await commentByMember();
    const [a, b, c] = await Promise.all([createUser(), createUser(), createUser()]);
    await insertReport({ reporterId: a.id, target: spammy.target, reason: "spam" });
    await insertReport({ reporterId: b.id, target: spammy.target, reason: "insult" });
    await insertReport({ reporterId: c.id, target: rude.target, reason: "insult" });

    const spam = await queueItemsFor([spammy.comment.id, rude.comment.id], { reason: "spam" });
    const insult = await queueItemsFor([spammy.comment.id, rude.comment.id], { reason: "insult" });
    const privacy = await queueItemsFor([spammy.comment.id, rude.comment.id], { reason: "privacy" });

    expect(spam.items.map((i) => [i.id, i.reportCount])).toEqual([[spammy.comment.id, 2]]);
    expect(insult.items.map((i) => i.id).sort()).toEqual([spammy.comment.id, rude.comment.id].sort());
    expect(privacy.items).toEqual([]);
  });

  test("claiming takes every open report of the target; it moves from 'unclaimed' to 'claimed', and after the decision to 'resolved'", async () => {
    const { author, target } = await commentByMember();
    const other = await commentByMember();
    const moderator = await createModerator({ displayName: `Moderatorin ${uniqueSuffix()}` });
    const [a, b, c] = await Promise.all([createUser(), createUser(), createUser()]);
    await insertReport({ reporterId: a.id, target, reason: "insult" });
    await insertReport({ reporterId: b.id, target, reason: "hate" });
    await insertReport({ reporterId: c.id, target: other.target, reason: "insult" });
    const ids = [target.id, other.comment.id];

    expect((await queueItemsFor(ids, { state: "unclaimed" })).items.map((i) => i.id).sort()).toEqual(ids.sort());

    expect(await claimReports({ moderatorId: moderator.user.id, target })).toBe(2);

    expect((await reportsOn(target)).map((r) => r.claimedById)).toEqual([moderator.user.id, moderator.user.id]);
    expect((await reportsOn(other.target)).map((r) => r.claimedById)).toEqual([null]);
    expect((await queueItemsFor(ids, { state: "unclaimed" })).items.map((i) => i.id)).toEqual([other.comment.id]);
    const claimed = await queueItemsFor(ids, { state: "claimed" });
    expect(claimed.items.map((i) => i.id)).toEqual([target.id]);
    expect(claimed.items[0]!.claimedBy).toMatchObject({ id: moderator.user.id, displayName: moderator.user.displayName });
    expect((await getTargetReview("comment", target.id))?.claimedBy?.id).toBe(moderator.user.id);
    expect((await auditEntriesAbout(target.id)).map((e) => [e.action, e.actorId, e.details])).toEqual([
      ["moderation.claimed", moderator.user.id, { reports: 2 }],
    ]);

    const decisionId = await decide({
      moderator: moderator.actor,
      target: { ...target, author: { id: author.user.id } },
      kind: "hide",
      ruleKey: "respect",
      facts: hideFacts,
      duration: "",
    });

    expect((await queueItemsFor(ids, { state: "claimed" })).items).toEqual([]);
    expect((await queueItemsFor(ids, { state: "unclaimed" })).items.map((i) => i.id)).toEqual([other.comment.id]);
    const resolved = await queueItemsFor(ids, { state: "resolved" });
    expect(resolved.items.map((i) => [i.id, i.reportCount, i.decision])).toEqual([[target.id, 2, { id: decisionId, kind: "hide", reversed: false }]]);
    expect([...resolved.items[0]!.reasons].sort()).toEqual(["hate", "insult"]);
    expect(resolved.items[0]!.claimedBy?.id).toBe(moderator.user.id);
    expect((await queueItemsFor(ids, { state: "resolved", reason: "hate" })).items.map((i) => i.id)).toEqual([target.id]);
    expect((await queueItemsFor(ids, { state: "resolved", reason: "spam" })).items).toEqual([]);
    // Nothing left to claim.
    expect(await claimReports({ moderatorId: moderator.user.id, target })).toBe(0);
  });

  test("pages of 25 targets, oldest first, each target exactly once across the pages", async () => {
    const reporter = await createUser();
    const announcement = await createAnnouncement();
    const base = new Date("1990-01-01T00:00:00Z").getTime();
    const comments = [];
    const reportIds: string[] = [];
    for (let i = 0; i < 27; i += 1) {
      const comment = await createComment({ announcementId: announcement.id, authorId: null, body: `Kommentar ${i}` });
      comments.push(comment);
      reportIds.push((await insertReport({ reporterId: reporter.id, target: { type: "comment", id: comment.id }, createdAt: new Date(base + i * 60_000) })).id);
    }
    try {
      const mine = comments.map((c) => c.id);
      const { items, pages } = await queueItemsFor(mine);
      expect(items.map((i) => i.id)).toEqual(mine);
      expect(pages).toBeGreaterThanOrEqual(2);

      // Nothing in the database is older than 1990, so the first page is exactly the 25 oldest of these.
      const first = await listQueue({});
      expect(first.items.map((i) => i.id)).toEqual(mine.slice(0, 25));
      expect(first.nextCursor).not.toBeNull();
      const second = await listQueue({ after: first.nextCursor! });
      expect(second.items.slice(0, 2).map((i) => i.id)).toEqual(mine.slice(25));
      // A cursor that was tampered with starts over rather than failing.
      expect((await listQueue({ after: "not-a-cursor" })).items[0]?.id).toBe(mine[0]);
    } finally {
      await deleteReports(reportIds);
    }
  });
});

describe("the resolved list", () => {
  test("shows the decisions taken on reports, newest first, in pages of 25", async () => {
    const moderator = await createModerator();
    const reporter = await createUser();
    const announcement = await createAnnouncement();
    // Dated in 2100, so these are the newest decisions in the database.
    const base = new Date("2100-01-01T00:00:00Z").getTime();
    const decisionIds: string[] = [];
    const reportIds: string[] = [];
    const commentIds: string[] = [];
    try {
      for (let i = 0; i < 27; i += 1) {
        const comment = await createComment({ announcementId: announcement.id, authorId: null });
        const [decision] = await getDb()
          .insert(moderationDecisions)
          .values({ targetType: "comment", targetId: comment.id, moderatorId: moderator.user.id, kind: "dismiss", termsVersion: 1, facts: "Kein Verstoß.", createdAt: new Date(base + i * 60_000) })
          .returning({ id: moderationDecisions.id });
        decisionIds.push(decision!.id);
        commentIds.push(comment.id);
        reportIds.push((await insertReport({ reporterId: reporter.id, target: { type: "comment", id: comment.id }, decisionId: decision!.id, createdAt: new Date(base - HOUR) })).id);
      }
      const newestFirst = [...commentIds].reverse();

      const first = await listQueue({ state: "resolved" });
      expect(first.items.map((i) => i.id)).toEqual(newestFirst.slice(0, 25));
      expect(first.items[0]).toMatchObject({ reportCount: 1, reasons: ["insult"], decision: { id: decisionIds.at(-1), kind: "dismiss", reversed: false } });
      expect(first.nextCursor).not.toBeNull();
      const second = await listQueue({ state: "resolved", after: first.nextCursor! });
      expect(second.items.slice(0, 2).map((i) => i.id)).toEqual(newestFirst.slice(25));
    } finally {
      await deleteReports(reportIds);
      for (const id of decisionIds) await getDb().delete(moderationDecisions).where(eq(moderationDecisions.id, id));
    }
  });
});

describe("deciding", () => {
  test("hide: all open reports are resolved, the comment's text is gone for everyone but its author, and search no longer finds it", async () => {
    const { author, announcement, comment, tag, target } = await commentByMember();
    const [first, second] = await Promise.all([createActor(), createActor()]);
    const moderator = await createModerator();
    await createReport({ reporter: first.actor, target, reason: "insult", explanation: "Beleidigung anderer Mitglieder." });
    await createReport({ reporter: second.actor, target, reason: "hate", explanation: "Das ist Hetze gegen Nachbarn." });
    expect((await searchComments({ q: tag })).items.map((h) => h.id)).toEqual([comment.id]);

    const decisionId = await decide({
      moderator: moderator.actor,
      target: { ...target, author: { id: author.user.id } },
      kind: "hide",
      ruleKey: "respect",
      facts: hideFacts,
      duration: "",
    });

    expect((await reportsOn(target)).map((r) => [r.status, r.decisionId, r.resolvedAt instanceof Date])).toEqual([
      ["resolved", decisionId, true],
      ["resolved", decisionId, true],
    ]);
    expect(await decisionRow(decisionId)).toMatchObject({
      kind: "hide",
      ruleKey: "respect",
      facts: hideFacts,
      affectedUserId: author.user.id,
      moderatorId: moderator.user.id,
      termsVersion: await currentTermsVersion(),
      reversedAt: null,
    });

    const hidden = { decisionId, ruleKey: "respect" };
    expect(await commentAs(announcement.id, comment.id, null)).toMatchObject({ body: "", hidden });
    expect(await commentAs(announcement.id, comment.id, first.user.id)).toMatchObject({ body: "", hidden });
    expect(await commentAs(announcement.id, comment.id, author.user.id)).toMatchObject({ body: comment.body, hidden });
    expect((await searchComments({ q: tag })).items).toEqual([]);

    const audit = await auditEntriesAbout(comment.id);
    expect(audit.map((e) => e.action)).toEqual(["moderation.report_filed", "moderation.report_filed", "moderation.decided"]);
    expect(audit[2]).toMatchObject({ actorId: moderator.user.id, reason: hideFacts, details: { kind: "hide", rule: "respect", reports: 2, decisionId } });
  });

  test("hide: the author gets a statement of reasons with the rule, the facts and the appeal deadline; the reporters learn the outcome without the author's name", async () => {
    const { author, target } = await commentByMember();
    const [first, second] = await Promise.all([createActor(), createActor()]);
    const moderator = await createModerator();
    await createReport({ reporter: first.actor, target, reason: "insult", explanation: "Beleidigung anderer Mitglieder." });
    await createReport({ reporter: second.actor, target, reason: "insult", explanation: "Finde ich auch beleidigend." });

    const decisionId = await decide({
      moderator: moderator.actor,
      target: { ...target, author: { id: author.user.id } },
      kind: "hide",
      ruleKey: "respect",
      facts: hideFacts,
      duration: "",
    });
    const decision = await decisionRow(decisionId);

    expect((await notificationsOf(author.user.id)).map((n) => [n.kind, n.data])).toEqual([["decision", { decisionId, kind: "hide" }]]);
    const statements = await mail.to(author.user.email);
    expect(statements).toHaveLength(1);
    const statement = statements[0]!;
    expect(statement.subject).toBe("Begründung einer Moderationsentscheidung");
    expect(statement.text).toContain("Maßnahme: Inhalt ausgeblendet");
    expect(statement.text).toContain(`Grundlage: Nutzungsbedingungen (Fassung ${decision.termsVersion}) – Respektvoller Umgang`);
    expect(statement.text).toContain(`Sachverhalt: ${hideFacts}`);
    expect(statement.text).toContain(`Du kannst bis zum ${deadlineText(decision.createdAt)} widersprechen.`);
    expect(statement.text).toContain(`${ORIGIN}/entscheidungen/${decisionId}`);
    expect(statement.html).toContain(`href="${ORIGIN}/entscheidungen/${decisionId}"`);

    for (const reporter of [first, second]) {
      const notes = await notificationsOf(reporter.user.id);
      expect(notes.map((n) => [n.kind, n.data])).toEqual([
        ["report_received", { targetType: "comment", reason: "insult" }],
        ["report_outcome", { targetType: "comment", outcome: "action_taken" }],
      ]);
      const outcome = (await mail.to(reporter.user.email)).find((m) => m.subject === "Deine Meldung wurde bearbeitet");
      expect(outcome?.text).toContain("eine Maßnahme ergriffen");
      const everything = JSON.stringify([outcome, notes]);
      for (const secret of [author.user.displayName!, author.user.username!, author.user.email, author.user.id]) {
        expect(everything, `the reporter's mail and notifications mention ${secret}`).not.toContain(secret);
      }
    }
  });

  test("suspend: the account is suspended until the end date with the facts as reason, and every session of it ends at once", async () => {
    const troll = await createActor({ displayName: `Troll ${uniqueSuffix()}` });
    const secondSession = await createSession(troll.user.id);
    const bystander = await createActor();
    const reporter = await createActor();
    const moderator = await createModerator();
    const target = { type: "user" as const, id: troll.user.id };
    await createReport({ reporter: reporter.actor, target, reason: "hate", explanation: "Das Profil hetzt gegen Geflüchtete." });
    const facts = "Das Profil verbreitet wiederholt Hetze.";
    const before = Date.now();

    session.token = moderator.token;
    const result = await decideAction({ targetType: "user", targetId: troll.user.id, kind: "suspend", ruleKey: "respect", facts, duration: "7" });

    expect(result.ok).toBe(true);
    const decisionId = result.ok ? (result.data as { decisionId: string }).decisionId : "";
    const account = await readUser(troll.user.id);
    expect(account.status).toBe("suspended");
    expect(account.suspensionReason).toBe(facts);
    expect(account.suspendedUntil!.getTime()).toBeGreaterThanOrEqual(before + 7 * DAY);
    expect(account.suspendedUntil!.getTime()).toBeLessThanOrEqual(Date.now() + 7 * DAY);
    expect((await decisionRow(decisionId)).suspendedUntil).toEqual(account.suspendedUntil);
    expect(await getDb().select().from(sessions).where(eq(sessions.userId, troll.user.id))).toEqual([]);
    expect(await findSessionUser(troll.token)).toBeNull();
    expect(await findSessionUser(secondSession)).toBeNull();
    expect(await findSessionUser(bystander.token)).not.toBeNull();
    expect((await findSuspensionDecision(troll.user.id))?.id).toBe(decisionId);

    const [statement] = await mail.to(troll.user.email);
    expect(statement?.text).toContain("Maßnahme: Konto gesperrt");
    expect(statement?.text).toContain("Gesperrt bis:");
    // The link in the mail points to the host the moderator used.
    expect(statement?.text).toContain(`https://kiezwerk.test/entscheidungen/${decisionId}`);
  });

  test("an indefinite suspension has no end date, and the statement says so", async () => {
    const troll = await createActor();
    const moderator = await createModerator();

    const decisionId = await decide({
      moderator: moderator.actor,
      target: { type: "user", id: troll.user.id, author: { id: troll.user.id } },
      kind: "suspend",
      ruleKey: "identity",
      facts: "Das Konto gibt sich als Bezirksamt aus.",
      duration: "indefinite",
    });

    expect(await readUser(troll.user.id)).toMatchObject({ status: "suspended", suspendedUntil: null });
    expect((await decisionRow(decisionId)).suspendedUntil).toBeNull();
    expect((await mail.to(troll.user.email))[0]?.text).toContain("Die Sperre gilt unbefristet");
  });

  test("dismiss: no statement to the author, the comment stays as it was, the reporter learns nothing was done", async () => {
    const { author, announcement, comment, tag, target } = await commentByMember();
    const reporter = await createActor();
    const moderator = await createModerator();
    await createReport({ reporter: reporter.actor, target, reason: "off_topic", explanation: "Gehört nicht hierher." });

    const decisionId = await decide({ moderator: moderator.actor, target: { ...target, author: { id: author.user.id } }, kind: "dismiss", ruleKey: "respect", facts: "Zugespitzt, aber kein Verstoß.", duration: "" });

    expect(await decisionRow(decisionId)).toMatchObject({ kind: "dismiss", ruleKey: null });
    expect(await listStatementsAbout(author.user.id)).toEqual([]);
    expect(await notificationsOf(author.user.id)).toEqual([]);
    expect(await mail.to(author.user.email)).toEqual([]);
    expect(await commentAs(announcement.id, comment.id, null)).toMatchObject({ body: comment.body, hidden: null });
    expect((await searchComments({ q: tag })).items.map((h) => h.id)).toEqual([comment.id]);
    expect((await notificationsOf(reporter.user.id)).map((n) => [n.kind, n.data])).toEqual([
      ["report_received", { targetType: "comment", reason: "off_topic" }],
      ["report_outcome", { targetType: "comment", outcome: "dismissed" }],
    ]);
    expect((await mail.to(reporter.user.email)).at(-1)?.text).toContain("keinen Verstoß gegen die Nutzungsbedingungen festgestellt");
  });

  test("warn: a statement of reasons, and the content stays visible", async () => {
    const { author, announcement, comment, target } = await commentByMember();
    const moderator = await createModerator();

    const decisionId = await decide({ moderator: moderator.actor, target: { ...target, author: { id: author.user.id } }, kind: "warn", ruleKey: "off_topic", facts: "Bitte beim Thema der Bekanntmachung bleiben.", duration: "" });

    expect((await notificationsOf(author.user.id)).map((n) => n.data)).toEqual([{ decisionId, kind: "warn" }]);
    expect((await listStatementsAbout(author.user.id)).map((d) => [d.id, d.kind, d.ruleKey])).toEqual([[decisionId, "warn", "off_topic"]]);
    expect((await mail.to(author.user.email))[0]?.text).toContain("Maßnahme: Verwarnung");
    expect(await commentAs(announcement.id, comment.id, null)).toMatchObject({ body: comment.body, hidden: null });
    expect((await readUser(author.user.id)).status).toBe("active");
  });

  test("the decide action asks the policy about the loaded target: not one's own comment, not suspending an admin", async () => {
    const moderator = await createModerator();
    const announcement = await createAnnouncement();
    const own = await createComment({ announcementId: announcement.id, authorId: moderator.user.id });
    const admin = await createActor({ role: "admin", verification: "verified" });
    session.token = moderator.token;

    const ownResult = await decideAction({ targetType: "comment", targetId: own.id, kind: "hide", ruleKey: "respect", facts: "Mein eigener Kommentar." });
    const adminResult = await decideAction({ targetType: "user", targetId: admin.user.id, kind: "suspend", ruleKey: "respect", facts: "Die Admin-Person sperren.", duration: "7" });
    const noRule = await decideAction({ targetType: "user", targetId: admin.user.id, kind: "warn", facts: "Ohne Regel geht es nicht." });

    expect(ownResult).toMatchObject({ ok: false, error: "forbidden" });
    expect(adminResult).toMatchObject({ ok: false, error: "forbidden" });
    expect(noRule).toMatchObject({ ok: false, error: "invalid_input", fieldErrors: { ruleKey: ["ruleRequired"] } });
    expect((await readUser(admin.user.id)).status).toBe("active");
    expect(await commentAs(announcement.id, own.id, null)).toMatchObject({ hidden: null });
  });
});

describe("reports on content that has vanished", () => {
  test("a comment its author deleted after it was reported cannot be hidden any more, only dismissed; the reporter still learns the outcome", async () => {
    const { author, target } = await commentByMember();
    const reporter = await createActor();
    const moderator = await createModerator();
    await createReport({ reporter: reporter.actor, target, reason: "spam", explanation: "Werbung für einen Umzugsdienst." });
    expect(await deleteComment({ authorId: author.user.id, commentId: target.id })).not.toBeNull();

    const { items } = await queueItemsFor([target.id]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ reportCount: 1, target: null });

    session.token = moderator.token;
    expect(await decideAction({ targetType: "comment", targetId: target.id, kind: "hide", ruleKey: "spam", facts: "Werbung im Kommentarbereich." })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await decideAction({ targetType: "comment", targetId: target.id, kind: "warn", ruleKey: "spam", facts: "Werbung im Kommentarbereich." })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    const dismissed = await decideAction({ targetType: "comment", targetId: target.id, kind: "dismiss", facts: "Der Kommentar wurde inzwischen gelöscht." });

    expect(dismissed.ok).toBe(true);
    expect((await reportsOn(target)).map((r) => r.status)).toEqual(["resolved"]);
    expect((await queueItemsFor([target.id])).items).toEqual([]);
    expect((await notificationsOf(reporter.user.id)).at(-1)).toMatchObject({ kind: "report_outcome", data: { outcome: "dismissed" } });
    expect(await notificationsOf(author.user.id)).toEqual([]);
  });
});

describe("notifications", () => {
  test("a person reads their own notifications newest first, sees how many are unread, and marks them read", async () => {
    const { author, target } = await commentByMember();
    const reporter = await createActor();
    const moderator = await createModerator();
    await createReport({ reporter: reporter.actor, target, reason: "insult", explanation: "Beleidigung anderer Mitglieder." });
    await decide({ moderator: moderator.actor, target: { ...target, author: { id: author.user.id } }, kind: "hide", ruleKey: "respect", facts: hideFacts, duration: "" });

    const page = await listNotifications({ userId: reporter.user.id });
    expect(page.items.map((n) => [n.kind, n.read])).toEqual([
      ["report_outcome", false],
      ["report_received", false],
    ]);
    expect(await countUnreadNotifications(reporter.user.id)).toBe(2);
    expect(await countUnreadNotifications(author.user.id)).toBe(1);

    session.token = reporter.token;
    expect(await markNotificationsReadAction({})).toMatchObject({ ok: true });

    expect(await countUnreadNotifications(reporter.user.id)).toBe(0);
    expect((await listNotifications({ userId: reporter.user.id })).items.every((n) => n.read)).toBe(true);
    // Only the reader's own: the author's statement of reasons is still unread.
    expect(await countUnreadNotifications(author.user.id)).toBe(1);
  });
});

describe("appeals", () => {
  /** A hidden comment with two reporters, decided by `decider`. */
  async function hiddenComment() {
    const setup = await commentByMember();
    const [first, second] = await Promise.all([createActor(), createActor()]);
    const decider = await createModerator();
    await createReport({ reporter: first.actor, target: setup.target, reason: "insult", explanation: "Beleidigung anderer Mitglieder." });
    await createReport({ reporter: second.actor, target: setup.target, reason: "insult", explanation: "Sehe ich genauso." });
    const decisionId = await decide({
      moderator: decider.actor,
      target: { ...setup.target, author: { id: setup.author.user.id } },
      kind: "hide",
      ruleKey: "respect",
      facts: hideFacts,
      duration: "",
    });
    return { ...setup, reporters: [first, second], decider, decisionId };
  }

  test("the affected person appeals once: a second appeal is refused", async () => {
    const { author, decisionId, comment } = await hiddenComment();

    const first = await submitAppeal({ appellant: author.actor, decisionId, statement: "Das war Ironie unter Nachbarn." });
    const second = await submitAppeal({ appellant: author.actor, decisionId, statement: "Noch ein Versuch." });

    expect(first).toMatchObject({ ok: true });
    expect(second).toEqual({ ok: false, reason: "already_appealed" });
    const stored = await getDb().select().from(appeals).where(eq(appeals.decisionId, decisionId));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ appellantId: author.user.id, statement: "Das war Ironie unter Nachbarn.", status: "open" });
    expect((await notificationsOf(author.user.id)).map((n) => n.kind)).toEqual(["decision", "appeal_received"]);
    expect((await getStatement(decisionId))?.appeal).toMatchObject({ status: "open", statement: "Das war Ironie unter Nachbarn." });
    expect((await auditEntriesAbout(comment.id)).filter((e) => e.action === "moderation.appeal_filed")).toHaveLength(1);
  });

  test("the appeal action: only the affected person, and not against a dismissal", async () => {
    const { author, reporters, decisionId, target } = await hiddenComment();
    const moderator = await createModerator();

    session.token = reporters[0]!.token;
    expect(await appealAction({ decisionId, statement: "Ich widerspreche für jemand anderen." })).toMatchObject({ ok: false, error: "forbidden" });
    session.token = author.token;
    expect(await appealAction({ decisionId, statement: "Das war Ironie unter Nachbarn." })).toMatchObject({ ok: true });
    expect(await appealAction({ decisionId, statement: "Und noch einmal dasselbe." })).toMatchObject({ ok: false, error: "forbidden" });

    const dismissal = await decide({ moderator: moderator.actor, target: { ...target, author: { id: author.user.id } }, kind: "dismiss", ruleKey: "", facts: "Eine neue Meldung, kein Verstoß.", duration: "" });
    expect(await appealAction({ decisionId: dismissal, statement: "Gegen die Zurückweisung." })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await getDb().select().from(appeals).where(eq(appeals.decisionId, dismissal))).toEqual([]);
  });

  test("a suspended person appeals their suspension through the action", async () => {
    const troll = await createActor();
    const moderator = await createModerator();
    const decisionId = await decide({
      moderator: moderator.actor,
      target: { type: "user", id: troll.user.id, author: { id: troll.user.id } },
      kind: "suspend",
      ruleKey: "respect",
      facts: "Wiederholt beleidigende Beiträge.",
      duration: "30",
    });
    // The suspension ended the sessions; the person signs in again and lands on the suspension page.
    session.token = await createSession(troll.user.id);

    expect(await appealAction({ decisionId, statement: "Ich wurde verwechselt, bitte prüfen." })).toMatchObject({ ok: true });
    expect((await getStatement(decisionId))?.appeal?.status).toBe("open");
  });

  test("six months after the decision the appeal is closed", async () => {
    const { author, target } = await commentByMember();
    const moderator = await createModerator();
    const longAgo = new Date(Date.now() - 200 * DAY);
    const recent = new Date(Date.now() - 170 * DAY);
    const old = await decide({ moderator: moderator.actor, target: { ...target, author: { id: author.user.id } }, kind: "warn", ruleKey: "respect", facts: "Eine alte Verwarnung.", duration: "", now: longAgo });
    const inTime = await decide({ moderator: moderator.actor, target: { ...target, author: { id: author.user.id } }, kind: "warn", ruleKey: "respect", facts: "Eine neuere Verwarnung.", duration: "", now: recent });
    session.token = author.token;

    expect(await appealAction({ decisionId: old, statement: "Ich widerspreche spät." })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await appealAction({ decisionId: inTime, statement: "Ich widerspreche rechtzeitig." })).toMatchObject({ ok: true });
    expect(await getDb().select().from(appeals).where(eq(appeals.decisionId, old))).toEqual([]);
  });

  test("the moderator who decided cannot decide the appeal, not even by calling the mutation directly", async () => {
    const { author, announcement, comment, decider, decisionId } = await hiddenComment();
    const appeal = await submitAppeal({ appellant: author.actor, decisionId, statement: "Das war Ironie unter Nachbarn." });
    const appealId = appeal.ok ? appeal.id : "";

    session.token = decider.token;
    expect(await decideAppealAction({ appealId, outcome: "reversed", note: "Ich hebe meine Entscheidung auf." })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await decideAppeal({ moderator: decider.actor, appealId, outcome: "reversed", note: "Ich hebe meine Entscheidung auf." })).toEqual({
      ok: false,
      reason: "forbidden",
    });

    expect(await appealRow(appealId)).toMatchObject({ status: "open", deciderId: null });
    expect((await decisionRow(decisionId)).reversedAt).toBeNull();
    expect(await commentAs(announcement.id, comment.id, null)).toMatchObject({ body: "" });
    // The statement of reasons and the appeal's receipt; nothing about a decision on the appeal.
    expect((await mail.to(author.user.email)).map((m) => m.subject)).toEqual(["Begründung einer Moderationsentscheidung", "Dein Widerspruch ist eingegangen"]);
  });

  test("reversed by another moderator: the comment is back, the decision is marked reversed, appellant and reporters are told; the audit log has the whole chain", async () => {
    const { author, announcement, comment, tag, reporters, decider, decisionId } = await hiddenComment();
    const appeal = await submitAppeal({ appellant: author.actor, decisionId, statement: "Das war Ironie unter Nachbarn." });
    const appealId = appeal.ok ? appeal.id : "";
    const reviewer = await createModerator();
    const note = "Im Zusammenhang gelesen ist es erkennbar Ironie.";

    expect(await decideAppeal({ moderator: reviewer.actor, appealId, outcome: "reversed", note })).toEqual({ ok: true, decisionId });

    expect(await commentAs(announcement.id, comment.id, null)).toMatchObject({ body: comment.body, hidden: null });
    expect((await searchComments({ q: tag })).items.map((h) => h.id)).toEqual([comment.id]);
    expect((await decisionRow(decisionId)).reversedAt).toBeInstanceOf(Date);
    expect(await appealRow(appealId)).toMatchObject({ status: "reversed", deciderId: reviewer.user.id, outcomeNote: note });
    expect((await queueItemsFor([comment.id], { state: "resolved" })).items[0]?.decision).toEqual({ id: decisionId, kind: "hide", reversed: true });

    expect((await notificationsOf(author.user.id)).map((n) => [n.kind, n.data])).toEqual([
      ["decision", { decisionId, kind: "hide" }],
      ["appeal_received", { decisionId }],
      ["appeal_decided", { decisionId, outcome: "reversed", note }],
    ]);
    const decided = (await mail.to(author.user.email)).find((m) => m.subject === "Dein Widerspruch wurde entschieden");
    expect(decided?.text).toContain("dein Widerspruch war erfolgreich");
    expect(decided?.text).toContain(`Begründung: ${note}`);
    for (const reporter of reporters) {
      expect((await notificationsOf(reporter.user.id)).map((n) => [n.kind, n.data]).at(-1)).toEqual(["report_reversed", { targetType: "comment" }]);
      const reversedMail = (await mail.to(reporter.user.email)).find((m) => m.subject === "Eine Entscheidung zu deiner Meldung wurde aufgehoben");
      expect(reversedMail).toBeDefined();
      expect(JSON.stringify(reversedMail)).not.toContain(author.user.displayName!);
    }

    // Decided once: a second decision on the same appeal is refused.
    const third = await createModerator();
    expect(await decideAppeal({ moderator: third.actor, appealId, outcome: "upheld", note: "Doch lieber bestätigen." })).toEqual({ ok: false, reason: "forbidden" });
    expect((await appealRow(appealId)).status).toBe("reversed");

    const chain = (await auditEntriesAbout(comment.id)).map((e) => [e.action, e.actorId]);
    expect(chain).toEqual([
      ["moderation.report_filed", reporters[0]!.user.id],
      ["moderation.report_filed", reporters[1]!.user.id],
      ["moderation.decided", decider.user.id],
      ["moderation.appeal_filed", author.user.id],
      ["moderation.appeal_reversed", reviewer.user.id],
    ]);
  });

  test("a reversed suspension is lifted: the person is active again and can sign in", async () => {
    const troll = await createActor();
    const decider = await createModerator();
    const reviewer = await createModerator();
    const decisionId = await decide({
      moderator: decider.actor,
      target: { type: "user", id: troll.user.id, author: { id: troll.user.id } },
      kind: "suspend",
      ruleKey: "respect",
      facts: "Wiederholt beleidigende Beiträge.",
      duration: "90",
    });
    const appeal = await submitAppeal({ appellant: troll.actor, decisionId, statement: "Ich wurde verwechselt, bitte prüfen." });
    session.token = reviewer.token;

    const result = await decideAppealAction({ appealId: appeal.ok ? appeal.id : "", outcome: "reversed", note: "Tatsächlich eine Verwechslung." });

    expect(result).toMatchObject({ ok: true, data: { decisionId } });
    expect(await readUser(troll.user.id)).toMatchObject({ status: "active", suspendedUntil: null, suspensionReason: null });
    expect(await findSuspensionDecision(troll.user.id)).toBeNull();
    const again = await findSessionUser(await createSession(troll.user.id));
    expect(again).toMatchObject({ status: "active" });
    expect((await mail.to(troll.user.email)).at(-1)?.text).toContain("dein Widerspruch war erfolgreich");
  });

  test("a reversal lifts only the suspension that decision imposed, not a later one that is still in force", async () => {
    const troll = await createActor();
    const [decider, other, reviewer] = await Promise.all([createModerator(), createModerator(), createModerator()]);
    const account = { type: "user" as const, id: troll.user.id, author: { id: troll.user.id } };
    const first = await decide({ moderator: decider.actor, target: account, kind: "suspend", ruleKey: "respect", facts: "Beleidigende Beiträge.", duration: "7" });
    const appeal = await submitAppeal({ appellant: troll.actor, decisionId: first, statement: "Ich wurde verwechselt, bitte prüfen." });
    // While the appeal waits, another moderator suspends the account indefinitely for something else.
    const facts = "Das Konto gibt sich als Bezirksamt aus.";
    const second = await decide({ moderator: other.actor, target: account, kind: "suspend", ruleKey: "identity", facts, duration: "indefinite" });

    await decideAppeal({ moderator: reviewer.actor, appealId: appeal.ok ? appeal.id : "", outcome: "reversed", note: "Die Beiträge stammen nicht von ihr." });

    expect((await decisionRow(first)).reversedAt).toBeInstanceOf(Date);
    expect(await readUser(troll.user.id)).toMatchObject({ status: "suspended", suspendedUntil: null, suspensionReason: facts });
    expect((await findSuspensionDecision(troll.user.id))?.id).toBe(second);
  });

  test("a reversal shows again only what that decision hid: content hidden again by a later decision stays hidden", async () => {
    const { author, announcement, comment, decisionId } = await hiddenComment();
    const appeal = await submitAppeal({ appellant: author.actor, decisionId, statement: "Das war Ironie unter Nachbarn." });
    const [other, reviewer] = await Promise.all([createModerator(), createModerator()]);
    const later = await decide({ moderator: other.actor, target: { type: "comment", id: comment.id, author: { id: author.user.id } }, kind: "hide", ruleKey: "privacy", facts: "Der Kommentar nennt außerdem eine Wohnadresse.", duration: "" });

    await decideAppeal({ moderator: reviewer.actor, appealId: appeal.ok ? appeal.id : "", outcome: "reversed", note: "Erkennbar Ironie." });

    expect(await commentAs(announcement.id, comment.id, null)).toMatchObject({ body: "", hidden: { decisionId: later, ruleKey: "privacy" } });
  });

  test("upheld: the measure stays, the appellant is told, the reporters hear nothing more", async () => {
    const { author, announcement, comment, reporters, decisionId } = await hiddenComment();
    const appeal = await submitAppeal({ appellant: author.actor, decisionId, statement: "Das war Ironie unter Nachbarn." });
    const appealId = appeal.ok ? appeal.id : "";
    const reviewer = await createModerator();

    expect(await decideAppeal({ moderator: reviewer.actor, appealId, outcome: "upheld", note: "Die Beleidigung ist eindeutig." })).toEqual({ ok: true, decisionId });

    expect(await commentAs(announcement.id, comment.id, null)).toMatchObject({ body: "", hidden: { decisionId } });
    expect((await decisionRow(decisionId)).reversedAt).toBeNull();
    expect(await appealRow(appealId)).toMatchObject({ status: "upheld", deciderId: reviewer.user.id });
    expect((await notificationsOf(author.user.id)).at(-1)).toMatchObject({ kind: "appeal_decided", data: { decisionId, outcome: "upheld" } });
    expect((await mail.to(author.user.email)).at(-1)?.text).toContain("Die Entscheidung bleibt bestehen.");
    for (const reporter of reporters) {
      expect((await notificationsOf(reporter.user.id)).map((n) => n.kind)).toEqual(["report_received", "report_outcome"]);
    }
    expect((await auditEntriesAbout(comment.id)).at(-1)).toMatchObject({ action: "moderation.appeal_upheld", actorId: reviewer.user.id });
  });
});

describe("a hidden announcement", () => {
  test("disappears from the list and search; its page keeps only the notice for others, its author still reads it; a reversal brings it back", async () => {
    const staff = await createActor({ role: "staff", verification: "verified" });
    const tag = word();
    const announcement = await createAnnouncement({ title: `Sperrmüll ${tag}`, body: `Abholung am Montag ${tag}.`, authorId: staff.user.id });
    const reporter = await createActor();
    const decider = await createModerator();
    const reviewer = await createModerator();
    const commentTag = word();
    await createComment({ announcementId: announcement.id, authorId: null, body: `Wann genau ${commentTag}?` });
    const target = { type: "announcement" as const, id: announcement.id };
    const onList = async () => (await listAnnouncements({ where: eq(announcements.id, announcement.id) })).items.map((a) => a.id);
    expect(await onList()).toEqual([announcement.id]);
    expect((await searchAnnouncements({ q: tag })).items.map((a) => a.id)).toEqual([announcement.id]);
    expect((await searchComments({ q: commentTag })).items).toHaveLength(1);
    await createReport({ reporter: reporter.actor, target, reason: "privacy", explanation: "Da steht eine private Adresse drin." });

    const decisionId = await decide({
      moderator: decider.actor,
      target: { ...target, author: { id: staff.user.id } },
      kind: "hide",
      ruleKey: "privacy",
      facts: "Die Bekanntmachung nennt die Wohnadresse einer Person.",
      duration: "",
    });

    expect(await onList()).toEqual([]);
    expect((await searchAnnouncements({ q: tag })).items).toEqual([]);
    expect((await searchComments({ q: commentTag })).items).toEqual([]);
    const forOthers = await getPublicAnnouncement(announcement.id, new Date(), reporter.user.id);
    expect(forOthers).toMatchObject({ title: "", summary: "", bodyHtml: "", hidden: { decisionId, ruleKey: "privacy" } });
    expect(await getPublicAnnouncement(announcement.id)).toMatchObject({ title: "", bodyHtml: "" });
    const forAuthor = await getPublicAnnouncement(announcement.id, new Date(), staff.user.id);
    expect(forAuthor).toMatchObject({ title: `Sperrmüll ${tag}`, hidden: { decisionId } });
    expect(forAuthor?.bodyHtml).toContain(tag);
    // Nobody comments under a hidden announcement.
    const commenter = await createActor();
    expect(await addComment({ actor: commenter.actor, announcementId: announcement.id, body: "Noch eine Frage" })).toBeNull();

    const appeal = await submitAppeal({ appellant: staff.actor, decisionId, statement: "Die Adresse ist die des Wertstoffhofs." });
    await decideAppeal({ moderator: reviewer.actor, appealId: appeal.ok ? appeal.id : "", outcome: "reversed", note: "Es ist eine öffentliche Adresse." });

    expect(await onList()).toEqual([announcement.id]);
    expect((await searchAnnouncements({ q: tag })).items.map((a) => a.id)).toEqual([announcement.id]);
    expect((await searchComments({ q: commentTag })).items).toHaveLength(1);
    expect(await getPublicAnnouncement(announcement.id)).toMatchObject({ title: `Sperrmüll ${tag}`, hidden: null });
  });
});
