import { and, asc, eq, inArray } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { announcementLocalities, announcements, auditLog, departments, localities, topics } from "@/db/schema";
import { toDistrictLocalTime } from "@/lib/time/district-time";
import { createAnnouncement, deleteAnnouncement, setAnnouncementPublished, updateAnnouncement } from "@/lib/announcements/mutations";
import {
  announcementInLocalities,
  announcementWithTopics,
  getAnnouncementForStaff,
  getPublicAnnouncement,
  listAnnouncements,
  listAnnouncementsForStaff,
  listFeedEntries,
} from "@/lib/announcements/queries";
import type { AnnouncementFormValues } from "@/lib/announcements/schemas";
import { createUser, uniqueSuffix } from "../support/factories";

const HOUR = 60 * 60 * 1000;

async function idsBySlug(table: typeof localities | typeof topics, ...slugs: string[]) {
  const rows = await getDb().select({ id: table.id, slug: table.slug }).from(table).where(inArray(table.slug, slugs));
  return slugs.map((slug) => rows.find((r) => r.slug === slug)!.id);
}

async function departmentId(name: string) {
  const [row] = await getDb().select({ id: departments.id }).from(departments).where(eq(departments.name, name));
  return row!.id;
}

async function newStaff() {
  return createUser({ email: `amt-${uniqueSuffix()}@ba-tk.berlin.de`, role: "staff", verification: "verified", displayName: `Amt ${uniqueSuffix()}` });
}

/** The compose form's values as the action receives them. */
async function formValues(overrides: Partial<AnnouncementFormValues> & { localities?: string[]; topics?: string[] } = {}): Promise<AnnouncementFormValues> {
  const { localities: localitySlugs = ["koepenick"], topics: topicSlugs = ["verkehr"], ...rest } = overrides;
  return {
    title: `Bekanntmachung ${uniqueSuffix()}`,
    summary: "Kurzfassung",
    body: "Text",
    wholeDistrict: false,
    localityIds: await idsBySlug(localities, ...localitySlugs),
    topicIds: await idsBySlug(topics, ...topicSlugs),
    departmentId: await departmentId("Straßen- und Grünflächenamt"),
    publishAt: "",
    keptPublishAt: "",
    expiresAt: "",
    commentsEnabled: true,
    ...rest,
  };
}

const auditTrail = async (id: string) =>
  getDb()
    .select({ action: auditLog.action, actorId: auditLog.actorId, targetType: auditLog.targetType, details: auditLog.details })
    .from(auditLog)
    .where(eq(auditLog.targetId, id))
    .orderBy(asc(auditLog.id));

/** The public list restricted to the given announcements, so other tests' rows do not interfere. */
const publicIds = async (ids: string[], where = inArray(announcements.id, ids), now?: Date) =>
  (await listAnnouncements({ where: and(inArray(announcements.id, ids), where), limit: 100, now })).items.map((item) => item.id);

describe("composing and managing announcements", () => {
  test("publishing stores the sanitised body, the tags and an audit entry, and shows it as the shared list item", async () => {
    const staff = await newStaff();
    const input = await formValues({
      title: "Sperrung der Bahnhofstraße",
      body: "## Umleitung\n\n- Lindenstraße\n\n[Mehr](https://www.berlin.de/) <script>alert(1)</script> [x](javascript:alert(1))",
      localities: ["koepenick", "adlershof"],
      topics: ["verkehr", "bauen"],
    });

    const id = await createAnnouncement({ actorId: staff.id, input });

    const [row] = await getDb().select().from(announcements).where(eq(announcements.id, id));
    expect(row).toMatchObject({ authorId: staff.id, status: "published", editedAt: null, wholeDistrict: false });
    expect(row!.bodyHtml).toContain("<h2>Umleitung</h2>");
    expect(row!.bodyHtml).toContain('<a href="https://www.berlin.de/" rel="noopener noreferrer">Mehr</a>');
    expect(row!.bodyHtml).not.toMatch(/<script|javascript:/i);
    expect(Math.abs(row!.publishAt.getTime() - Date.now())).toBeLessThan(60_000);

    expect(await auditTrail(id)).toEqual([
      { action: "announcement.published", actorId: staff.id, targetType: "announcement", details: expect.objectContaining({ title: "Sperrung der Bahnhofstraße" }) },
    ]);

    const { items } = await listAnnouncements({ where: eq(announcements.id, id) });
    expect(items).toEqual([
      {
        id,
        title: "Sperrung der Bahnhofstraße",
        summary: "Kurzfassung",
        publishAt: row!.publishAt,
        editedAt: null,
        departmentName: "Straßen- und Grünflächenamt",
        wholeDistrict: false,
        // In the district's own order, whatever order they were ticked in.
        localityNames: ["Adlershof", "Köpenick"],
        topicNames: ["Verkehr und Mobilität", "Bauen und Stadtentwicklung"],
        commentCount: 0,
      },
    ]);
    expect((await getPublicAnnouncement(id))?.bodyHtml).toBe(row!.bodyHtml);
  });

  test("a whole-district announcement keeps no locality rows and is listed for every locality", async () => {
    const staff = await newStaff();
    const id = await createAnnouncement({ actorId: staff.id, input: await formValues({ wholeDistrict: true, localities: ["koepenick"] }) });
    expect(await getDb().select().from(announcementLocalities).where(eq(announcementLocalities.announcementId, id))).toEqual([]);
    const [schmoeckwitz] = await idsBySlug(localities, "schmoeckwitz");
    expect(await publicIds([id], announcementInLocalities([schmoeckwitz!]))).toEqual([id]);
    expect((await listAnnouncements({ where: eq(announcements.id, id) })).items[0]).toMatchObject({ wholeDistrict: true, localityNames: [] });
  });

  test("an edit re-renders the body, replaces the tags and, once published, sets editedAt; each is audited", async () => {
    const staff = await newStaff();
    const input = await formValues();
    const id = await createAnnouncement({ actorId: staff.id, input });
    const before = await getAnnouncementForStaff(id);

    await updateAnnouncement({
      actorId: staff.id,
      id,
      input: {
        ...input,
        title: "Geänderter Titel",
        body: "Neu: <img src=x onerror=alert(1)> ![bild](https://evil.example/x.png)",
        localityIds: await idsBySlug(localities, "adlershof"),
        topicIds: await idsBySlug(topics, "umwelt"),
        // The form shows the stored time to the minute; unchanged, the exact time stays.
        publishAt: toDistrictLocalTime(before!.publishAt),
      },
    });

    const after = await getAnnouncementForStaff(id);
    expect(after).toMatchObject({ title: "Geänderter Titel", localityNames: ["Adlershof"], topicNames: ["Umwelt und Grünflächen"], publishAt: before!.publishAt });
    expect(after!.editedAt).toBeInstanceOf(Date);
    // Raw HTML is shown as text; the image from another host is dropped.
    expect(after!.bodyHtml).toBe("<p>Neu: &lt;img src=x onerror=alert(1)&gt; </p>\n");
    expect((await auditTrail(id)).map((e) => e.action)).toEqual(["announcement.published", "announcement.updated"]);
  });

  test("editing a scheduled announcement before its time does not mark it as updated", async () => {
    const staff = await newStaff();
    const publishAt = toDistrictLocalTime(new Date(Date.now() + 48 * HOUR));
    const input = await formValues({ publishAt });
    const id = await createAnnouncement({ actorId: staff.id, input });
    await updateAnnouncement({ actorId: staff.id, id, input: { ...input, summary: "Noch vor der Veröffentlichung geändert" } });
    expect((await getAnnouncementForStaff(id))?.editedAt).toBeNull();
  });

  test("a published announcement moved into the future appears anew: no \"updated\" before its new time", async () => {
    const staff = await newStaff();
    const input = await formValues();
    const id = await createAnnouncement({ actorId: staff.id, input });
    const kept = toDistrictLocalTime((await getAnnouncementForStaff(id))!.publishAt);
    await updateAnnouncement({ actorId: staff.id, id, input: { ...input, summary: "Ergänzt", publishAt: kept, keptPublishAt: kept } });
    expect((await getAnnouncementForStaff(id))?.editedAt).toBeInstanceOf(Date);
    const later = toDistrictLocalTime(new Date(Date.now() + 72 * HOUR));
    await updateAnnouncement({ actorId: staff.id, id, input: { ...input, publishAt: later, keptPublishAt: kept } });
    expect((await getAnnouncementForStaff(id))?.editedAt).toBeNull();
  });

  test("an edit keeps a publication time that has passed, but does not move it into the past (whatever the browser sent as kept)", async () => {
    const staff = await newStaff();
    const input = await formValues();
    const id = await createAnnouncement({ actorId: staff.id, input });
    const stored = (await getAnnouncementForStaff(id))!.publishAt;
    const past = toDistrictLocalTime(new Date(Date.now() - 30 * 24 * HOUR));

    expect(await updateAnnouncement({ actorId: staff.id, id, input: { ...input, publishAt: past, keptPublishAt: past } })).toBe("publish_in_past");
    expect((await getAnnouncementForStaff(id))!.publishAt).toEqual(stored);
    const kept = toDistrictLocalTime(stored);
    expect(await updateAnnouncement({ actorId: staff.id, id, input: { ...input, summary: "Ergänzt", publishAt: kept, keptPublishAt: kept } })).toBe("saved");
    expect((await getAnnouncementForStaff(id))!.publishAt).toEqual(stored);
  });

  test("withdrawing hides it from list, page and feed; publishing again brings it back; both are audited", async () => {
    const staff = await newStaff();
    const id = await createAnnouncement({ actorId: staff.id, input: await formValues() });

    expect(await setAnnouncementPublished({ actorId: staff.id, id, published: false })).toBe(true);
    expect(await publicIds([id])).toEqual([]);
    expect(await getPublicAnnouncement(id)).toBeNull();
    expect((await listFeedEntries({ where: eq(announcements.id, id) })).map((e) => e.id)).toEqual([]);
    expect((await getAnnouncementForStaff(id))?.status).toBe("unpublished");

    expect(await setAnnouncementPublished({ actorId: staff.id, id, published: true })).toBe(true);
    expect(await publicIds([id])).toEqual([id]);
    expect((await listFeedEntries({ where: eq(announcements.id, id) })).map((e) => e.id)).toEqual([id]);
    expect((await auditTrail(id)).map((e) => e.action)).toEqual(["announcement.published", "announcement.unpublished", "announcement.republished"]);
  });

  test("deleting removes it and leaves an audit entry with its title; unknown ids change nothing", async () => {
    const staff = await newStaff();
    const input = await formValues({ title: `Wird gelöscht ${uniqueSuffix()}` });
    const id = await createAnnouncement({ actorId: staff.id, input });

    expect(await deleteAnnouncement({ actorId: staff.id, id })).toBe(true);
    expect(await getAnnouncementForStaff(id)).toBeNull();
    expect(await auditTrail(id)).toEqual([
      expect.objectContaining({ action: "announcement.published" }),
      { action: "announcement.deleted", actorId: staff.id, targetType: "announcement", details: { title: input.title } },
    ]);

    expect(await deleteAnnouncement({ actorId: staff.id, id })).toBe(false);
    expect(await setAnnouncementPublished({ actorId: staff.id, id, published: false })).toBe(false);
    expect(await updateAnnouncement({ actorId: staff.id, id, input })).toBe("not_found");
    expect((await auditTrail(id)).map((e) => e.action)).toEqual(["announcement.published", "announcement.deleted"]);
  });
});

describe("what the public sees", () => {
  test("a scheduled announcement is invisible in list, page and feed until its time, and listed as scheduled for staff", async () => {
    const staff = await newStaff();
    const at = new Date(Date.now() + 24 * HOUR);
    const id = await createAnnouncement({ actorId: staff.id, input: await formValues({ publishAt: toDistrictLocalTime(at) }) });
    const publishAt = (await getAnnouncementForStaff(id))!.publishAt;

    expect(await publicIds([id])).toEqual([]);
    expect(await getPublicAnnouncement(id)).toBeNull();
    expect(await listFeedEntries({ where: eq(announcements.id, id) })).toEqual([]);
    expect((await getAnnouncementForStaff(id))?.status).toBe("scheduled");

    const later = new Date(publishAt.getTime() + 1000);
    expect(await publicIds([id], eq(announcements.id, id), later)).toEqual([id]);
    expect((await getPublicAnnouncement(id, later))?.id).toBe(id);
    expect((await getAnnouncementForStaff(id, later))?.status).toBe("published");
  });

  test("an expired announcement is invisible, and listed as expired for staff", async () => {
    const staff = await newStaff();
    const input = await formValues({ expiresAt: toDistrictLocalTime(new Date(Date.now() + 2 * HOUR)) });
    const id = await createAnnouncement({ actorId: staff.id, input });
    expect(await publicIds([id])).toEqual([id]);

    const afterExpiry = new Date(Date.now() + 3 * HOUR);
    expect(await publicIds([id], eq(announcements.id, id), afterExpiry)).toEqual([]);
    expect(await getPublicAnnouncement(id, afterExpiry)).toBeNull();
    expect((await getAnnouncementForStaff(id, afterExpiry))?.status).toBe("expired");
  });

  test("filters by locality (whole-district ones included) and by topic", async () => {
    const staff = await newStaff();
    const koepenick = await createAnnouncement({ actorId: staff.id, input: await formValues({ localities: ["koepenick"], topics: ["verkehr"] }) });
    const adlershof = await createAnnouncement({ actorId: staff.id, input: await formValues({ localities: ["adlershof"], topics: ["umwelt"] }) });
    const district = await createAnnouncement({ actorId: staff.id, input: await formValues({ wholeDistrict: true, topics: ["umwelt", "bildung"] }) });
    const ids = [koepenick, adlershof, district];
    const [koepenickId, adlershofId] = await idsBySlug(localities, "koepenick", "adlershof");
    const [verkehrId, umweltId, sportId] = await idsBySlug(topics, "verkehr", "umwelt", "sport");

    expect(await publicIds(ids, announcementInLocalities([koepenickId!]))).toEqual([district, koepenick]);
    expect(await publicIds(ids, announcementInLocalities([adlershofId!]))).toEqual([district, adlershof]);
    expect(await publicIds(ids, announcementWithTopics([verkehrId!]))).toEqual([koepenick]);
    expect(await publicIds(ids, announcementWithTopics([umweltId!]))).toEqual([district, adlershof]);
    expect(await publicIds(ids, announcementWithTopics([sportId!]))).toEqual([]);
    expect(await publicIds(ids, and(announcementInLocalities([koepenickId!]), announcementWithTopics([umweltId!])))).toEqual([district]);
  });

  test("keyset pagination walks every announcement once, in order, also across equal publication times", async () => {
    const staff = await newStaff();
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) ids.push(await createAnnouncement({ actorId: staff.id, input: await formValues() }));
    // Five of them share one publication time: only the id can order them.
    const shared = new Date(Date.now() - 5 * HOUR);
    await getDb().update(announcements).set({ publishAt: shared }).where(inArray(announcements.id, ids.slice(0, 5)));
    await getDb()
      .update(announcements)
      .set({ publishAt: new Date(Date.now() - 2 * HOUR) })
      .where(eq(announcements.id, ids[5]!));

    const mine = inArray(announcements.id, ids);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await listAnnouncements({ where: mine, cursor, limit: 3 });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);

    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(8);
    const rows = await getDb().select({ id: announcements.id, publishAt: announcements.publishAt }).from(announcements).where(mine);
    const expected = rows
      .sort((a, b) => b.publishAt.getTime() - a.publishAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
      .map((r) => r.id);
    expect(seen).toEqual(expected);
  });

  test("a cursor that is not ours starts from the beginning instead of failing", async () => {
    const staff = await newStaff();
    const id = await createAnnouncement({ actorId: staff.id, input: await formValues() });
    expect((await listAnnouncements({ where: eq(announcements.id, id), cursor: "kaputt" })).items.map((i) => i.id)).toEqual([id]);
  });
});

describe("the staff list", () => {
  /** Walks the staff list page by page (other tests add rows too) until the announcement turns up. */
  async function findInStaffList(id: string) {
    let cursor: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const page: Awaited<ReturnType<typeof listAnnouncementsForStaff>> = await listAnnouncementsForStaff({ cursor });
      const found = page.items.find((item) => item.id === id);
      if (found || !page.nextCursor) return found;
      cursor = page.nextCursor;
    }
    return undefined;
  }

  test("shows announcements in every state, with the state staff see", async () => {
    const staff = await newStaff();
    const scheduled = await createAnnouncement({ actorId: staff.id, input: await formValues({ publishAt: toDistrictLocalTime(new Date(Date.now() + 1000 * HOUR)) }) });
    const withdrawn = await createAnnouncement({ actorId: staff.id, input: await formValues() });
    await setAnnouncementPublished({ actorId: staff.id, id: withdrawn, published: false });
    const published = await createAnnouncement({ actorId: staff.id, input: await formValues() });

    expect((await findInStaffList(scheduled))?.status).toBe("scheduled");
    expect((await findInStaffList(withdrawn))?.status).toBe("unpublished");
    expect((await findInStaffList(published))?.status).toBe("published");
  });
});
