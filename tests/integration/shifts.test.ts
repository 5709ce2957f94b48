import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { localities, notifications, spaceMembers, topics } from "@/db/schema";
import { createSpace, leaveSpace } from "@/lib/spaces/mutations";
import { cancelShift, createShift, setShiftDone, signOffFromShift, signUpForShift } from "@/lib/spaces/shifts/mutations";
import { getShift, listMyShifts, listShiftHelpers, listVolunteerShifts, loadShiftFacts } from "@/lib/spaces/shifts/queries";
import { shiftFormSchema } from "@/lib/spaces/shifts/schemas";
import { toDistrictLocalTime } from "@/lib/time/district-time";
import { createUser, uniqueSuffix } from "../support/factories";

const DAY = 24 * 60 * 60 * 1000;

async function twoLocalities() {
  const rows = await getDb().select({ id: localities.id }).from(localities).orderBy(localities.id).limit(2);
  return rows.map((r) => r.id) as [number, number];
}

async function newSpace(ownerId: string, { visibility = "public", localityId, topicId }: { visibility?: "public" | "members" | "private"; localityId: number; topicId?: number }) {
  const input = {
    name: `Laufbus ${uniqueSuffix()}`,
    summary: "Zu Fuß zur Schule",
    description: "Wir begleiten die Kinder.",
    visibility,
    joinPolicy: "open" as const,
    localityIds: [localityId],
    topicIds: topicId ? [topicId] : [],
    partnerDepartmentIds: [],
    partnerContacts: "",
  };
  return createSpace({ actorId: ownerId, input, partners: [] });
}

/** A shift through the form's own schema, as the action receives it. */
async function newShift(actorId: string, spaceId: string, { inDays = 2, helpers = 2, localityId = "" as number | "", due = false } = {}) {
  const at = new Date(Date.now() + inDays * DAY);
  const local = toDistrictLocalTime(at);
  const input = shiftFormSchema.parse({
    spaceId,
    title: `Laufbus ${uniqueSuffix()}`,
    startsAt: due ? "" : local,
    dueOn: due ? local.slice(0, 10) : "",
    helpersNeeded: String(helpers),
    localityId: localityId === "" ? "" : String(localityId),
  });
  return createShift({ actorId, input });
}

const volunteerIds = async (filter: Parameters<typeof listVolunteerShifts>[0] = {}) => (await listVolunteerShifts({ limit: 500, ...filter })).items.map((s) => s.id);

describe("helper shifts", () => {
  test("concurrent sign-ups never take more helpers than needed; a second click of the same person counts once", async () => {
    const owner = await createUser({ verification: "verified" });
    const [locality] = await twoLocalities();
    const spaceId = await newSpace(owner.id, { localityId: locality });
    const shiftId = await newShift(owner.id, spaceId, { helpers: 3 });
    const people = await Promise.all(Array.from({ length: 8 }, () => createUser()));

    expect(await signUpForShift({ spaceId, shiftId, userId: people[0]!.id })).toBe("signed_up");
    // Everyone at once, the first person twice more: two places are left.
    const outcomes = await Promise.all([...people, people[0]!].map((p) => signUpForShift({ spaceId, shiftId, userId: p.id })));
    expect(outcomes[0]).toBe("signed_up");
    expect(outcomes.at(-1)).toBe("signed_up");
    expect(outcomes.filter((o) => o === "full")).toHaveLength(5);
    expect(await listShiftHelpers(shiftId)).toHaveLength(3);
    expect(await getShift(spaceId, shiftId, null)).toMatchObject({ signedUp: 3, helpersNeeded: 3 });

    // Signing off frees the place for the next person.
    const helper = (await listShiftHelpers(shiftId))[0]!;
    await signOffFromShift({ shiftId, userId: helper.userId });
    const waiting = people.find((p) => p.id !== helper.userId && outcomes[people.indexOf(p)] === "full")!;
    expect(await signUpForShift({ spaceId, shiftId, userId: waiting.id })).toBe("signed_up");
    expect(await signUpForShift({ spaceId, shiftId, userId: helper.userId })).toBe("full");
  });

  test("the district's volunteer list: open shifts of public spaces only, by locality and topic, page by page", async () => {
    const owner = await createUser({ verification: "verified" });
    const [here, there] = await twoLocalities();
    const [topic] = await getDb().select({ id: topics.id }).from(topics).limit(1);
    const open = await newSpace(owner.id, { localityId: here, topicId: topic!.id });
    const secret = await newSpace(owner.id, { visibility: "private", localityId: here });
    const membersOnly = await newSpace(owner.id, { visibility: "members", localityId: here });

    const ahead = await newShift(owner.id, open, { inDays: 3 });
    const elsewhere = await newShift(owner.id, open, { inDays: 4, localityId: there });
    const dueDate = await newShift(owner.id, open, { inDays: 5, due: true });
    const full = await newShift(owner.id, open, { helpers: 1 });
    const done = await newShift(owner.id, open);
    const hidden = [await newShift(owner.id, secret), await newShift(owner.id, membersOnly)];
    await signUpForShift({ spaceId: open, shiftId: full, userId: owner.id });
    await setShiftDone({ actorId: owner.id, spaceId: open, shiftId: done, done: true });

    const all = await volunteerIds();
    expect(all).toEqual(expect.arrayContaining([ahead, elsewhere, dueDate]));
    for (const id of [full, done, ...hidden]) expect(all).not.toContain(id);
    // The shift's own locality counts; without one, the space's.
    const inHere = await volunteerIds({ localityId: here });
    expect(inHere).toEqual(expect.arrayContaining([ahead, dueDate]));
    expect(inHere).not.toContain(elsewhere);
    expect(await volunteerIds({ localityId: there })).toContain(elsewhere);
    expect(await volunteerIds({ topicId: topic!.id })).toEqual(expect.arrayContaining([ahead, elsewhere, dueDate]));
    // From a later day on, the earlier shift drops out.
    expect(await volunteerIds({ from: new Date(Date.now() + 3.5 * DAY) })).not.toContain(ahead);

    // Soonest first, page by page without gaps or repeats.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listVolunteerShifts>> = await listVolunteerShifts({ localityId: here, topicId: topic!.id, cursor, limit: 1 });
      seen.push(...page.items.map((s) => s.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.filter((id) => [ahead, dueDate].includes(id))).toEqual([ahead, dueDate]);
    expect(new Set(seen).size).toBe(seen.length);

    // A done shift takes nobody.
    expect(await signUpForShift({ spaceId: open, shiftId: done, userId: (await createUser()).id })).toBe("closed");
  });

  test("a due date means the end of that day in Berlin", async () => {
    const owner = await createUser({ verification: "verified" });
    const [locality] = await twoLocalities();
    const spaceId = await newSpace(owner.id, { localityId: locality });
    const input = shiftFormSchema.parse({ spaceId, title: "Flyer verteilen", startsAt: "", dueOn: "2099-07-01", helpersNeeded: "4" });
    const shift = await getShift(spaceId, await createShift({ actorId: owner.id, input }), null);
    expect(shift).toMatchObject({ timing: "due", at: new Date("2099-07-01T21:59:00.000Z") });
    expect(shiftFormSchema.safeParse({ ...input, startsAt: "2099-07-01T08:00" }).success).toBe(false);
    expect(shiftFormSchema.safeParse({ ...input, dueOn: "" }).success).toBe(false);
    expect(shiftFormSchema.safeParse({ ...input, dueOn: "2020-01-01" }).success).toBe(false);
  });

  test("Meine Einsätze lists one's shifts ahead; a private space's drops out when the person leaves it", async () => {
    const owner = await createUser({ verification: "verified" });
    const helper = await createUser();
    const [locality] = await twoLocalities();
    const spaceId = await newSpace(owner.id, { visibility: "private", localityId: locality });
    await getDb().insert(spaceMembers).values({ spaceId, userId: helper.id, membership: "member" });
    const shiftId = await newShift(owner.id, spaceId);
    expect(await signUpForShift({ spaceId, shiftId, userId: helper.id })).toBe("signed_up");
    expect((await listMyShifts(helper.id)).map((s) => s.id)).toEqual([shiftId]);
    expect((await loadShiftFacts(spaceId, shiftId, helper.id))?.shift).toEqual({ closed: false, signedUp: true });

    await leaveSpace({ spaceId, userId: helper.id });
    expect(await listMyShifts(helper.id)).toEqual([]);
  });

  test("cancelling a shift tells everyone who signed up, through their notifications", async () => {
    const owner = await createUser({ verification: "verified" });
    const [locality] = await twoLocalities();
    const spaceId = await newSpace(owner.id, { localityId: locality });
    const shiftId = await newShift(owner.id, spaceId);
    const helper = await createUser();
    await signUpForShift({ spaceId, shiftId, userId: helper.id });
    await signUpForShift({ spaceId, shiftId, userId: owner.id });

    expect(await cancelShift({ actorId: owner.id, spaceId, shiftId })).toBe(true);
    expect(await getShift(spaceId, shiftId, null)).toBeNull();
    const told = await getDb().select().from(notifications).where(and(eq(notifications.userId, helper.id), eq(notifications.kind, "space_shift_cancelled")));
    expect(told).toHaveLength(1);
    const ownerTold = await getDb().select().from(notifications).where(and(eq(notifications.userId, owner.id), eq(notifications.kind, "space_shift_cancelled")));
    expect(ownerTold).toEqual([]);
  });
});
