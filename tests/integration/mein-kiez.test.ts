import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { followedLocalities, followedTopics } from "@/db/schema";
import { listMeinKiez } from "@/lib/announcements/mein-kiez";
import { getFollowedInterests } from "@/lib/interests/queries";
import { replaceInterests } from "@/lib/interests/mutations";
import { updateInterestsSchema } from "@/lib/interests/schemas";
import { createAnnouncement, follow, localityIds, topicIds } from "../support/announcement-factory";
import { createUser } from "../support/factories";

const HOUR = 60 * 60 * 1000;

/**
 * Other tests publish announcements too, and whole-district ones reach every member. Each test
 * therefore publishes its own a moment in the future and reads Mein Kiez "as of" then, keeping
 * only what it created (newer than everything else in the database).
 */
function timeline() {
  const start = Date.now() + 24 * HOUR + Math.floor(Math.random() * 1000) * HOUR;
  let step = 0;
  return {
    next: () => new Date(start + ++step * 60 * 1000),
    now: () => new Date(start + (step + 1) * 60 * 1000),
  };
}

async function ids(userId: string, now: Date, created: Array<{ id: string }>, limit?: number) {
  const mine = new Set(created.map((c) => c.id));
  const page = await listMeinKiez({ userId, now, limit: limit ?? 100 });
  return page.items.map((i) => i.id).filter((id) => mine.has(id));
}

describe("Mein Kiez", () => {
  test("a Köpenick member sees Köpenick and whole-district announcements, newest first, not Adlershof-only ones", async () => {
    const member = await createUser();
    await follow(member.id, { localities: ["koepenick"] });
    const t = timeline();
    const koepenick = await createAnnouncement({ localities: ["koepenick"], publishAt: t.next() });
    const adlershof = await createAnnouncement({ localities: ["adlershof"], publishAt: t.next() });
    const whole = await createAnnouncement({ wholeDistrict: true, publishAt: t.next() });
    const both = await createAnnouncement({ localities: ["adlershof", "koepenick"], publishAt: t.next() });

    expect(await ids(member.id, t.now(), [koepenick, adlershof, whole, both])).toEqual([both.id, whole.id, koepenick.id]);
  });

  test("following a topic adds its announcements, wherever they are", async () => {
    const member = await createUser();
    await follow(member.id, { localities: ["koepenick"] });
    const t = timeline();
    const green = await createAnnouncement({ localities: ["adlershof"], topics: ["umwelt"], publishAt: t.next() });
    const traffic = await createAnnouncement({ localities: ["adlershof"], topics: ["verkehr"], publishAt: t.next() });
    const created = [green, traffic];

    expect(await ids(member.id, t.now(), created)).toEqual([]);
    await follow(member.id, { localities: ["koepenick"], topics: ["umwelt"] });
    expect(await ids(member.id, t.now(), created)).toEqual([green.id]);
  });

  test("scheduled, expired and withdrawn announcements are left out", async () => {
    const member = await createUser();
    await follow(member.id, { localities: ["koepenick"] });
    const t = timeline();
    const visible = await createAnnouncement({ localities: ["koepenick"], publishAt: t.next() });
    const expired = await createAnnouncement({ localities: ["koepenick"], publishAt: t.next(), expiresAt: new Date(t.now().getTime() - 1000) });
    const withdrawn = await createAnnouncement({ localities: ["koepenick"], publishAt: t.next(), status: "unpublished" });
    const now = t.now();
    const scheduled = await createAnnouncement({ localities: ["koepenick"], publishAt: new Date(now.getTime() + HOUR) });

    expect(await ids(member.id, now, [visible, expired, withdrawn, scheduled])).toEqual([visible.id]);
  });

  test("following nothing shows nothing, not even whole-district announcements", async () => {
    const member = await createUser();
    await follow(member.id, {});
    const t = timeline();
    await createAnnouncement({ wholeDistrict: true, publishAt: t.next() });

    expect(await listMeinKiez({ userId: member.id, now: t.now() })).toEqual({ items: [], nextCursor: null });
  });

  test("pages follow on by keyset without gaps or repeats", async () => {
    const member = await createUser();
    const t = timeline();
    await follow(member.id, { topics: ["wirtschaft", "sport"] });
    const created = [];
    for (let i = 0; i < 7; i++) created.push(await createAnnouncement({ topics: [i % 2 ? "wirtschaft" : "sport"], publishAt: t.next() }));
    const now = t.now();
    const mine = new Set(created.map((c) => c.id));

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof listMeinKiez>> = await listMeinKiez({ userId: member.id, now, cursor, limit: 3 });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      pages++;
      // Stop once this test's rows are all seen (older rows of other tests may follow).
    } while (cursor && seen.filter((id) => mine.has(id)).length < created.length && pages < 20);

    expect(seen.filter((id) => mine.has(id))).toEqual(created.map((c) => c.id).reverse());
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toBeGreaterThanOrEqual(3);
  });
});

describe("choosing what Mein Kiez follows", () => {
  test("saving replaces both sets at once", async () => {
    const member = await createUser();
    await follow(member.id, { localities: ["koepenick", "adlershof"], topics: ["verkehr"] });
    const [gruenau, rahnsdorf] = await localityIds("gruenau", "rahnsdorf");
    const [umwelt] = await topicIds("umwelt");

    await replaceInterests({ userId: member.id, localityIds: [gruenau!, rahnsdorf!], topicIds: [umwelt!] });

    const followed = await getFollowedInterests(member.id);
    // In the district's own order, not the order chosen.
    expect(followed.localities.map((l) => l.name)).toEqual(["Rahnsdorf", "Grünau"]);
    expect(followed.topics.map((t) => t.name)).toEqual(["Umwelt und Grünflächen"]);
  });

  test("unknown ids are skipped instead of failing, duplicates count once, other members are untouched", async () => {
    const member = await createUser();
    const neighbour = await createUser();
    await follow(neighbour.id, { localities: ["koepenick"] });
    const [koepenick] = await localityIds("koepenick");

    await replaceInterests({ userId: member.id, localityIds: [koepenick!, koepenick!, 999_999], topicIds: [999_999] });

    const rows = await getDb().select().from(followedLocalities).where(eq(followedLocalities.userId, member.id));
    expect(rows.map((r) => r.localityId)).toEqual([koepenick]);
    expect(await getDb().select().from(followedTopics).where(eq(followedTopics.userId, member.id))).toEqual([]);
    expect((await getFollowedInterests(neighbour.id)).localities.map((l) => l.name)).toEqual(["Köpenick"]);
  });

  test("the form's schema reads a checkbox group however it arrives", () => {
    expect(updateInterestsSchema.parse({ localityIds: ["3", "5"], topicIds: false })).toEqual({ localityIds: [3, 5], topicIds: [] });
    expect(updateInterestsSchema.parse({ localityIds: "4", topicIds: undefined })).toEqual({ localityIds: [4], topicIds: [] });
    expect(updateInterestsSchema.safeParse({ localityIds: ["x"], topicIds: [] }).success).toBe(false);
  });
});
