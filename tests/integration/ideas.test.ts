import { and, eq } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, test, vi } from "vitest";
import { getDb } from "@/db/client";
import { concernCategories, departments, ideaSupports, ideas, notifications, users } from "@/db/schema";
import { changeConcernStatus, fileConcern } from "@/lib/concerns/mutations";
import { listPublicConcerns, loadConcernFacts } from "@/lib/concerns/queries";
import { answerIdeaAction, commentOnIdeaAction, supportIdeaAction } from "@/lib/ideas/actions";
import { ideaClock } from "@/lib/ideas/clock";
import { addIdeaComment, setSupportThreshold, submitIdea, supportIdea } from "@/lib/ideas/mutations";
import { findSimilarIdeas, getIdea, listIdeaComments, listIdeaInbox, listPublicIdeas, loadIdeaFacts } from "@/lib/ideas/queries";
import { decide } from "@/lib/moderation/decisions/decide";
import { createReport } from "@/lib/moderation/reports/create-report";
import { loadTarget } from "@/lib/moderation/targets";
import { can } from "@/lib/policy";
import { firstLocalityId, uniqueSuffix } from "../support/factories";
import { createActor, createModerator } from "../support/moderation-factory";

// The actions read the session cookie and refresh pages; here the cookie is the test's session.
const session = vi.hoisted(() => ({ token: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => (session.token ? { value: session.token } : undefined) }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

beforeEach(() => {
  session.token = undefined;
});
afterAll(async () => {
  await setSupportThreshold({ actorId: (await createActor({ role: "admin", verification: "verified" })).user.id, threshold: 50 });
});

async function categoryOf(departmentName: string) {
  const [row] = await getDb()
    .select({ id: concernCategories.id, departmentId: concernCategories.departmentId })
    .from(concernCategories)
    .innerJoin(departments, eq(departments.id, concernCategories.departmentId))
    .where(eq(departments.name, departmentName))
    .limit(1);
  if (!row) throw new Error(`no category for ${departmentName}`);
  return row as { id: number; departmentId: number };
}

async function staffOf(departmentId: number) {
  const staff = await createActor({ role: "staff", verification: "verified" });
  await getDb().update(users).set({ departmentId }).where(eq(users.id, staff.user.id));
  return staff;
}

async function submit({ authorId, title = `Mehr Sitzbänke am Müggelsee ${uniqueSuffix()}`, departmentName = "Straßen- und Grünflächenamt" }: { authorId: string; title?: string; departmentName?: string }) {
  const category = await categoryOf(departmentName);
  const id = await submitIdea({ authorId, input: { title, description: "Entlang des Uferwegs fehlen Sitzplätze für Ältere.", categoryId: category.id, localityId: await firstLocalityId() } });
  if (id === "unknown_category") throw new Error("category not found");
  return { id, departmentId: category.departmentId };
}

const told = (userId: string, ideaId: string) =>
  getDb()
    .select({ kind: notifications.kind, data: notifications.data })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, "idea_answered"), eq(notifications.threadKey, `idea:${ideaId}`)));

describe("ideas", () => {
  test("an idea lands with its topic's department, in the public list and its filters, and is suggested for a similar title", async () => {
    const author = await createActor({ verification: "verified" });
    // A word no other idea has (letters only), beside one that other ideas share.
    const word = `kiez${uniqueSuffix().replace(/\d/g, (d) => "abcdefghij"[Number(d)]!)}`;
    const idea = await submit({ authorId: author.user.id, title: `Trinkbrunnen am Ufer ${word}` });
    expect(await getIdea(idea.id)).toMatchObject({ departmentName: "Straßen- und Grünflächenamt", status: "new", supportCount: 0, authorName: author.user.displayName });
    expect((await listPublicIdeas({ limit: 100 })).items.map((i) => i.id)).toContain(idea.id);
    expect((await listPublicIdeas({ status: "new", localityId: await firstLocalityId(), limit: 100 })).items.map((i) => i.id)).toContain(idea.id);
    expect((await listPublicIdeas({ status: "accepted", limit: 100 })).items.map((i) => i.id)).not.toContain(idea.id);
    // Another word order and an inflected word ("Trinkbrunnens" finds "Trinkbrunnen"); the idea sharing most words comes first.
    expect((await findSimilarIdeas(`${word}: Bau eines Trinkbrunnens`))[0]?.id).toBe(idea.id);
    expect(await findSimilarIdeas("ab")).toEqual([]);
  });

  test("one support per person, also under concurrent clicks; never one's own", async () => {
    const author = await createActor({ verification: "verified" });
    const neighbour = await createActor({ verification: "verified" });
    const idea = await submit({ authorId: author.user.id });
    session.token = neighbour.token;
    const results = await Promise.all(Array.from({ length: 6 }, () => supportIdeaAction({ id: idea.id })));
    expect(results.every((r) => r.ok || r.error === "forbidden")).toBe(true);
    expect(await getDb().select().from(ideaSupports).where(eq(ideaSupports.ideaId, idea.id))).toHaveLength(1);
    expect((await getIdea(idea.id))?.supportCount).toBe(1);
    const facts = (await loadIdeaFacts(idea.id, neighbour.user.id))!;
    expect(facts.idea.supportedByActor).toBe(true);
    expect(await supportIdeaAction({ id: idea.id })).toMatchObject({ ok: false, error: "forbidden" });

    session.token = author.token;
    expect(await supportIdeaAction({ id: idea.id })).toMatchObject({ ok: false, error: "forbidden" });
    const unverified = await createActor({});
    session.token = unverified.token;
    expect(await supportIdeaAction({ id: idea.id })).toMatchObject({ ok: false, error: "forbidden" });
  });

  test("reaching the threshold starts the answer clock, due in Berlin calendar days; overdue ones are marked for staff", async () => {
    const admin = await createActor({ role: "admin", verification: "verified" });
    await setSupportThreshold({ actorId: admin.user.id, threshold: 2 });
    const author = await createActor({ verification: "verified" });
    const idea = await submit({ authorId: author.user.id });
    await supportIdea({ userId: (await createActor({ verification: "verified" })).user.id, id: idea.id });
    expect((await getIdea(idea.id))?.thresholdReachedAt).toBeNull();
    await supportIdea({ userId: (await createActor({ verification: "verified" })).user.id, id: idea.id });
    expect((await getIdea(idea.id))?.thresholdReachedAt).toBeInstanceOf(Date);

    // Reached at 23:30 Berlin time on Saturday 28 March 2026 (summer time starts that night).
    await getDb().update(ideas).set({ thresholdReachedAt: new Date("2026-03-28T22:30:00Z") }).where(eq(ideas.id, idea.id));
    const stored = (await getIdea(idea.id))!;
    const open = ideaClock({ thresholdReachedAt: stored.thresholdReachedAt, firstAnsweredAt: null, answerDays: 21, now: new Date("2026-04-18T21:59:00Z") });
    expect(open).toMatchObject({ state: "open", days: 21, overdue: false });
    expect(open?.state === "open" && open.dueOn.toISOString()).toBe("2026-04-18T10:00:00.000Z");
    expect(ideaClock({ thresholdReachedAt: stored.thresholdReachedAt, firstAnsweredAt: null, answerDays: 21, now: new Date("2026-04-18T22:01:00Z") })).toMatchObject({ overdue: true });
    expect(ideaClock({ thresholdReachedAt: null, firstAnsweredAt: null, answerDays: 21 })).toBeNull();

    const staff = await staffOf(idea.departmentId);
    const overdue = await listIdeaInbox({ staff: { departmentId: idea.departmentId, handlesAll: false }, overdue: true, answerDays: 21 });
    expect(overdue.items.map((i) => i.id)).toContain(idea.id);
    session.token = staff.token;
    expect(await answerIdeaAction({ id: idea.id, status: "under_review", answer: "Wir prüfen die Standorte mit dem Grünflächenamt." })).toMatchObject({ ok: true });
    const afterAnswer = await listIdeaInbox({ staff: { departmentId: idea.departmentId, handlesAll: false }, overdue: true, answerDays: 21 });
    expect(afterAnswer.items.map((i) => i.id)).not.toContain(idea.id);

    // Lowering the threshold: ideas that already have enough supports start their clock now, not in the past.
    const later = await submit({ authorId: author.user.id });
    await setSupportThreshold({ actorId: admin.user.id, threshold: 50 });
    await supportIdea({ userId: (await createActor({ verification: "verified" })).user.id, id: later.id });
    expect((await getIdea(later.id))?.thresholdReachedAt).toBeNull();
    const before = Date.now();
    await setSupportThreshold({ actorId: admin.user.id, threshold: 1 });
    expect((await getIdea(later.id))?.thresholdReachedAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    await setSupportThreshold({ actorId: admin.user.id, threshold: 50 });
  });

  test("staff of another department cannot answer; the own department's answer tells author and supporters, not the staff member", async () => {
    const author = await createActor({ verification: "verified" });
    const supporter = await createActor({ verification: "verified" });
    const idea = await submit({ authorId: author.user.id });
    await supportIdea({ userId: supporter.user.id, id: idea.id });
    const [youth] = await getDb().select({ id: departments.id }).from(departments).where(eq(departments.name, "Jugendamt"));
    const otherStaff = await staffOf(youth!.id);
    const ownStaff = await staffOf(idea.departmentId);

    session.token = otherStaff.token;
    expect(await answerIdeaAction({ id: idea.id, status: "accepted", answer: "Das Jugendamt nimmt die Idee an." })).toMatchObject({ ok: false, error: "forbidden" });
    expect((await getIdea(idea.id))?.status).toBe("new");

    session.token = ownStaff.token;
    expect(await answerIdeaAction({ id: idea.id, status: "declined", answer: "Zu kurz." })).toMatchObject({ ok: false, fieldErrors: { answer: expect.arrayContaining(["answerTooShort"]) } });
    expect(await answerIdeaAction({ id: idea.id, status: "declined", answer: "Landschaftsschutzgebiet." })).toMatchObject({ ok: false, fieldErrors: { answer: ["declineReasonRequired"] } });
    expect(await answerIdeaAction({ id: idea.id, status: "accepted", answer: "Wir stellen im Frühjahr sechs Bänke auf." })).toMatchObject({ ok: true });
    expect(await getIdea(idea.id)).toMatchObject({ status: "accepted", officialAnswer: "Wir stellen im Frühjahr sechs Bänke auf.", answeredByName: ownStaff.user.displayName });
    expect((await told(author.user.id, idea.id)).map((n) => n.data)).toEqual([{ ideaId: idea.id, status: "accepted" }]);
    expect(await told(supporter.user.id, idea.id)).toHaveLength(1);
    expect(await told(ownStaff.user.id, idea.id)).toHaveLength(0);
  });

  test("comments by members; a report keeps the text, a hide takes the idea out of the public list and pages", async () => {
    const author = await createActor({ verification: "verified" });
    const member = await createActor({});
    const idea = await submit({ authorId: author.user.id });
    session.token = member.token;
    expect(await commentOnIdeaAction({ id: idea.id, body: "Gute Idee, am Fähranleger fehlt auch eine Bank." })).toMatchObject({ ok: true });
    expect((await listIdeaComments({ ideaId: idea.id })).items.map((c) => c.body)).toEqual(["Gute Idee, am Fähranleger fehlt auch eine Bank."]);
    expect((await getIdea(idea.id))?.commentCount).toBe(1);

    const commentId = await addIdeaComment({ authorId: member.user.id, id: idea.id, body: "Beleidigender Kommentar" });
    expect(await loadTarget("idea_comment", commentId)).toMatchObject({ text: "Beleidigender Kommentar", author: { id: member.user.id }, context: { href: `/ideen/${idea.id}` } });

    await createReport({ reporter: member.actor, target: { type: "idea", id: idea.id }, reason: "spam", explanation: "Werbung für ein Möbelhaus." });
    const target = (await loadTarget("idea", idea.id))!;
    expect(target).toMatchObject({ type: "idea", hideable: true, author: { id: author.user.id }, href: `/ideen/${idea.id}` });
    expect(target.text).toContain("Mehr Sitzbänke am Müggelsee");

    const moderator = await createModerator();
    await decide({ moderator: moderator.actor, target: { type: "idea", id: idea.id, author: { id: author.user.id } }, kind: "hide", ruleKey: "respect", facts: "Werbung statt einer Idee.", duration: "" });
    expect((await listPublicIdeas({ limit: 100 })).items.map((i) => i.id)).not.toContain(idea.id);
    const facts = (await loadIdeaFacts(idea.id, null))!;
    expect(can(null, "idea.read", facts)).toBe(false);
    expect(can(author.actor, "idea.read", (await loadIdeaFacts(idea.id, author.user.id))!)).toBe(true);
    session.token = member.token;
    expect(await commentOnIdeaAction({ id: idea.id, body: "Noch ein Kommentar" })).toMatchObject({ ok: false, error: "forbidden" });
  });

  test("a concern hidden by moderation is gone from the public list and for visitors, still there for its author", async () => {
    const author = await createActor({ verification: "verified" });
    const category = await categoryOf("Straßen- und Grünflächenamt");
    const id = await fileConcern({
      authorId: author.user.id,
      input: { title: "Werbung statt Anliegen", description: "Kaufen Sie jetzt bei uns, beste Preise im Kiez.", categoryId: category.id, localityId: await firstLocalityId(), place: "", visibility: "public" },
    });
    if (id === "unknown_category") throw new Error("category not found");
    expect(await loadTarget("concern", id)).toMatchObject({ type: "concern", text: "Werbung statt Anliegen\n\nKaufen Sie jetzt bei uns, beste Preise im Kiez.", href: `/anliegen/${id}` });
    const moderator = await createModerator();
    await decide({ moderator: moderator.actor, target: { type: "concern", id, author: { id: author.user.id } }, kind: "hide", ruleKey: "respect", facts: "Werbung.", duration: "" });
    expect((await listPublicConcerns({ limit: 100 })).items.map((c) => c.id)).not.toContain(id);
    expect(can(null, "concern.read", (await loadConcernFacts(id, null))!)).toBe(false);
    expect(can(author.actor, "concern.read", (await loadConcernFacts(id, author.user.id))!)).toBe(true);
    // Staff still handle it.
    expect(await changeConcernStatus({ actorId: (await staffOf(category.departmentId)).user.id, input: { id, status: "declined", body: "Kein Anliegen an den Bezirk.", forwardedTo: "" } })).toBe(true);
  });
});
