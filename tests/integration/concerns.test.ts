import { eq, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { concernCategories, concernCosignatures, concerns, departments, users } from "@/db/schema";
import { concernClock } from "@/lib/concerns/clock";
import { setHandlesAll } from "@/lib/concerns/configuration";
import { addStaffNote, changeConcernStatus, cosignConcern, fileConcern, postAuthorUpdate, reopenConcern } from "@/lib/concerns/mutations";
import { getConcern, listInbox, listPublicConcerns, loadConcernFacts, loadStaffFacts } from "@/lib/concerns/queries";
import { sendDueResolutionChecks } from "@/lib/concerns/resolution-check";
import { can } from "@/lib/policy";
import { firstLocalityId } from "../support/factories";
import { createActor, notificationsOf } from "../support/moderation-factory";


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

async function file({ authorId, departmentName = "Straßen- und Grünflächenamt", visibility = "public" as "public" | "private", title = "Gefährliche Kreuzung am Schulweg" }: { authorId: string; departmentName?: string; visibility?: "public" | "private"; title?: string }) {
  const category = await categoryOf(departmentName);
  const id = await fileConcern({
    authorId,
    input: { title, description: "Autos biegen schnell ab, Kinder queren ohne Ampel.", categoryId: category.id, localityId: await firstLocalityId(), place: "Bouchéstraße", visibility },
  });
  if (id === "unknown_category") throw new Error("category not found");
  return { id, departmentId: category.departmentId };
}

describe("concerns", () => {
  test("a concern goes to its category's department; a private one only into that inbox, never the public list", async () => {
    const author = await createActor({ verification: "verified" });
    const road = await file({ authorId: author.user.id, title: "Öffentlich: Laterne dunkel" });
    const secret = await file({ authorId: author.user.id, visibility: "private", title: "Privat: Wasserschaden im Haus" });
    const roadStaff = await staffOf(road.departmentId);
    const [other] = await getDb().select({ id: departments.id }).from(departments).where(eq(departments.name, "Jugendamt"));
    const otherStaff = await staffOf(other!.id);

    expect((await getConcern(road.id))?.departmentName).toBe("Straßen- und Grünflächenamt");
    const publicIds = (await listPublicConcerns({ limit: 100 })).items.map((c) => c.id);
    expect(publicIds).toContain(road.id);
    expect(publicIds).not.toContain(secret.id);

    const inbox = (await listInbox({ staff: (await loadStaffFacts(roadStaff.user.id))!, filters: {}, answerDays: 21 })).items.map((c) => c.id);
    expect(inbox).toEqual(expect.arrayContaining([road.id, secret.id]));
    const otherInbox = (await listInbox({ staff: (await loadStaffFacts(otherStaff.user.id))!, filters: {}, answerDays: 21 })).items.map((c) => c.id);
    expect(otherInbox).not.toContain(road.id);

    // Reading and changing it: the author and its department, another department only once an admin allows it.
    const stranger = await createActor({ verification: "verified" });
    expect(can(stranger.actor, "concern.read", (await loadConcernFacts(secret.id, stranger.user.id))!)).toBe(false);
    expect(can(author.actor, "concern.read", (await loadConcernFacts(secret.id, author.user.id))!)).toBe(true);
    expect(can(roadStaff.actor, "concern.handle", (await loadConcernFacts(road.id, roadStaff.user.id))!)).toBe(true);
    expect(can(otherStaff.actor, "concern.handle", (await loadConcernFacts(road.id, otherStaff.user.id))!)).toBe(false);
    await setHandlesAll({ actorId: author.user.id, departmentId: other!.id, handlesAll: true });
    try {
      expect(can(otherStaff.actor, "concern.handle", (await loadConcernFacts(road.id, otherStaff.user.id))!)).toBe(true);
    } finally {
      await setHandlesAll({ actorId: author.user.id, departmentId: other!.id, handlesAll: false });
    }
  });

  test("staff answer: the clock stops, author and co-signers are told (not the staff member), internal notes stay off the public page", async () => {
    const author = await createActor({ verification: "verified" });
    const neighbour = await createActor({ verification: "verified" });
    const concern = await file({ authorId: author.user.id });
    const staff = await staffOf(concern.departmentId);
    expect(await cosignConcern({ userId: neighbour.user.id, id: concern.id })).toBe(true);

    await addStaffNote({ actorId: staff.user.id, id: concern.id, body: "Intern: Unfallstatistik anfragen" });
    expect(await changeConcernStatus({ actorId: staff.user.id, input: { id: concern.id, status: "in_progress", body: "Wir setzen Poller und beantragen einen Zebrastreifen.", forwardedTo: "" } })).toBe(true);

    const detail = (await getConcern(concern.id))!;
    expect(detail).toMatchObject({ status: "in_progress", cosignCount: 1 });
    expect(detail.firstAnsweredAt).toBeInstanceOf(Date);
    expect(detail.events.map((e) => [e.kind, e.status, e.body])).toEqual([["status", "in_progress", "Wir setzen Poller und beantragen einen Zebrastreifen."]]);
    expect(JSON.stringify(detail)).not.toContain("Unfallstatistik");
    for (const person of [author, neighbour]) {
      expect((await notificationsOf(person.user.id)).map((n) => [n.kind, n.data])).toEqual([["concern_status_changed", { concernId: concern.id, status: "in_progress" }]]);
    }
    expect(await notificationsOf(staff.user.id)).toEqual([]);

    // The author's update reaches the co-signers, not the author.
    expect(await postAuthorUpdate({ authorId: author.user.id, id: concern.id, body: "Heute früh wieder eine Beinahe-Kollision." })).toBe(true);
    expect((await notificationsOf(neighbour.user.id)).map((n) => n.kind)).toEqual(["concern_status_changed", "concern_author_update"]);
    expect((await notificationsOf(author.user.id)).map((n) => n.kind)).toEqual(["concern_status_changed"]);
    expect(await postAuthorUpdate({ authorId: neighbour.user.id, id: concern.id, body: "Ich bin nicht die Einreicherin." })).toBe(false);
  });

  test("one co-signature per person, even when the button is clicked many times at once", async () => {
    const author = await createActor({ verification: "verified" });
    const neighbour = await createActor({ verification: "verified" });
    const concern = await file({ authorId: author.user.id });
    const results = await Promise.all(Array.from({ length: 6 }, () => cosignConcern({ userId: neighbour.user.id, id: concern.id })));
    expect(results.filter(Boolean)).toHaveLength(1);
    const rows = await getDb().select().from(concernCosignatures).where(eq(concernCosignatures.concernId, concern.id));
    expect(rows).toHaveLength(1);
    expect((await getConcern(concern.id))?.cosignCount).toBe(1);
    const facts = (await loadConcernFacts(concern.id, neighbour.user.id))!;
    expect(facts.concern.cosignedByActor).toBe(true);
    expect(can(neighbour.actor, "concern.cosign", facts)).toBe(false);
  });

  test("the clock counts calendar days in Europe/Berlin, across midnight and the change to summer time", async () => {
    const author = await createActor({ verification: "verified" });
    const concern = await file({ authorId: author.user.id });
    // Filed at 23:30 Berlin time on Saturday 28 March 2026, answered at 00:10 on Sunday (clocks go forward at 2:00).
    await getDb()
      .update(concerns)
      .set({ createdAt: new Date("2026-03-28T22:30:00Z"), firstAnsweredAt: new Date("2026-03-28T23:10:00Z") })
      .where(eq(concerns.id, concern.id));
    const stored = (await getConcern(concern.id))!;
    expect(concernClock({ createdAt: stored.createdAt, firstAnsweredAt: stored.firstAnsweredAt, answerDays: 21 })).toEqual({ state: "answered", days: 1 });

    const open = concernClock({ createdAt: stored.createdAt, firstAnsweredAt: null, answerDays: 21, now: new Date("2026-04-18T21:59:00Z") });
    // 23:59 on 18 April in Berlin (summer time): 21 days after 28 March, due that day, not yet overdue.
    expect(open).toMatchObject({ state: "open", days: 21, overdue: false });
    expect(open.state === "open" && open.dueOn.toISOString()).toBe("2026-04-18T10:00:00.000Z");
    expect(concernClock({ createdAt: stored.createdAt, firstAnsweredAt: null, answerDays: 21, now: new Date("2026-04-18T22:01:00Z") })).toMatchObject({ days: 22, overdue: true });
  });

  test("four weeks after 'resolved' the author is asked once; answering no reopens the concern and tells the co-signers", async () => {
    const author = await createActor({ verification: "verified" });
    const neighbour = await createActor({ verification: "verified" });
    const concern = await file({ authorId: author.user.id });
    const staff = await staffOf(concern.departmentId);
    await cosignConcern({ userId: neighbour.user.id, id: concern.id });
    await changeConcernStatus({ actorId: staff.user.id, input: { id: concern.id, status: "resolved", body: "Die Poller stehen, der Zebrastreifen ist markiert.", forwardedTo: "" } });

    await sendDueResolutionChecks(new Date());
    expect((await notificationsOf(author.user.id)).map((n) => n.kind)).not.toContain("concern_resolution_check");
    await getDb().update(concerns).set({ resolvedAt: sql`now() - interval '29 days'` }).where(eq(concerns.id, concern.id));
    await sendDueResolutionChecks(new Date());
    await sendDueResolutionChecks(new Date());
    expect((await notificationsOf(author.user.id)).filter((n) => n.kind === "concern_resolution_check")).toHaveLength(1);

    expect(can(neighbour.actor, "concern.reopen", (await loadConcernFacts(concern.id, neighbour.user.id))!)).toBe(false);
    expect(await reopenConcern({ authorId: neighbour.user.id, id: concern.id, body: "Ich bin nicht die Einreicherin." })).toBe(false);
    expect(await reopenConcern({ authorId: author.user.id, id: concern.id, body: "Die Poller sind schon wieder umgefahren." })).toBe(true);
    const detail = (await getConcern(concern.id))!;
    expect(detail.status).toBe("in_review");
    expect(detail.resolvedAt).toBeNull();
    expect(detail.events.at(-1)).toMatchObject({ kind: "reopened", body: "Die Poller sind schon wieder umgefahren." });
    expect((await notificationsOf(neighbour.user.id)).map((n) => n.data)).toContainEqual({ concernId: concern.id, status: "in_review" });
    // Reopened once: a second "no" finds nothing to reopen.
    expect(await reopenConcern({ authorId: author.user.id, id: concern.id, body: "Noch einmal, doppelt geklickt." })).toBe(false);
  });
});
