import { and, asc, desc, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import {
  announcementLocalities,
  announcements,
  auditLog,
  departments,
  districtSettings,
  followedLocalities,
  followedTopics,
  localities,
  termsAcceptances,
  topics,
  users,
} from "@/db/schema";
import { findSessionUser } from "@/lib/auth/session-lookup";
import {
  addCatalogEntry,
  addOfficialDomain,
  moveCatalogEntry,
  removeCatalogEntry,
  removeOfficialDomain,
  renameCatalogEntry,
  slugify,
  sortCatalogEntries,
  updateDistrictSettings,
} from "@/lib/district/mutations";
import {
  getCurrentTerms,
  getEditableDistrictSettings,
  isOfficialDomain,
  listCatalogEntries,
  listStaffOutsideOfficialDomains,
  listTermsVersions,
} from "@/lib/district/queries";
import { addOfficialDomainSchema, districtSettingsSchema } from "@/lib/district/schemas";
import { acceptTerms, publishTermsVersion } from "@/lib/terms/mutations";
import { listOwnTermsAcceptances } from "@/lib/terms/queries";
import { publishTermsSchema } from "@/lib/terms/schemas";
import { createSession, createUser, currentTermsVersion, readUser, uniqueSuffix } from "../support/factories";

async function newAdmin() {
  return createUser({ role: "admin", verification: "verified", displayName: `Ada ${uniqueSuffix()}` });
}

async function auditEntries(action: string, targetId: string) {
  return getDb()
    .select({ actorId: auditLog.actorId, targetType: auditLog.targetType, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)))
    .orderBy(desc(auditLog.id));
}

const termsText = (marker: string) =>
  `Kiezwerk ist ein Ort für den respektvollen Austausch. Fassung ${marker}.\n\nFalsche Identitäten sind nicht erlaubt.`;

describe("publishing new terms of use", () => {
  test("puts the next version in force; a member is incomplete until they accept it, and the acceptance is recorded", async () => {
    const admin = await newAdmin();
    const member = await createUser();
    const token = await createSession(member.id);
    const before = await currentTermsVersion();
    expect((await findSessionUser(token))?.profileComplete).toBe(true);

    const result = await publishTermsVersion({
      actorId: admin.id,
      body: termsText(uniqueSuffix()),
      bodyEn: null,
      changeSummary: "Neue Regel zu Wahlwerbung",
    });

    expect(result).toEqual({ outcome: "published", version: before + 1 });
    expect(await currentTermsVersion()).toBe(before + 1);
    const current = await getCurrentTerms();
    expect(current).toMatchObject({ version: before + 1, bodyEn: null, changeSummary: "Neue Regel zu Wahlwerbung" });
    expect((await listTermsVersions())[0]).toMatchObject({ version: before + 1, publishedByName: admin.displayName });

    // The gate now sends the member (and the publishing admin) to accept the new version.
    const waiting = await findSessionUser(token);
    expect(waiting).toMatchObject({ profileComplete: false, acceptedTermsVersion: before, currentTermsVersion: before + 1 });
    expect((await findSessionUser(await createSession(admin.id)))?.profileComplete).toBe(false);

    const acceptedFrom = Date.now();
    expect(await acceptTerms({ userId: member.id, version: before + 1 })).toBe("accepted");

    expect((await findSessionUser(token))?.profileComplete).toBe(true);
    const row = await readUser(member.id);
    expect(row.acceptedTermsVersion).toBe(before + 1);
    expect(row.acceptedTermsAt!.getTime()).toBeGreaterThanOrEqual(acceptedFrom);
    const acceptances = await listOwnTermsAcceptances(member.id);
    expect(acceptances.map((a) => a.version)).toEqual([before + 1]);
    expect(acceptances[0]!.acceptedAt.getTime()).toBe(row.acceptedTermsAt!.getTime());

    expect(await auditEntries("terms.published", String(before + 1))).toEqual([
      {
        actorId: admin.id,
        targetType: "terms_version",
        details: { version: before + 1, previousVersion: before, changeSummary: "Neue Regel zu Wahlwerbung" },
      },
    ]);
  });

  test("a member keeps every acceptance: one row per version", async () => {
    const admin = await newAdmin();
    const member = await createUser();
    const first = await publishTermsVersion({ actorId: admin.id, body: termsText(uniqueSuffix()), bodyEn: null, changeSummary: "Erste Änderung" });
    const second = await publishTermsVersion({ actorId: admin.id, body: termsText(uniqueSuffix()), bodyEn: null, changeSummary: "Zweite Änderung" });
    if (first.outcome !== "published" || second.outcome !== "published") throw new Error("not published");

    // The first of the two is no longer in force: accepting it now is refused and records nothing.
    expect(await acceptTerms({ userId: member.id, version: first.version })).toBe("outdated");
    expect(await listOwnTermsAcceptances(member.id)).toEqual([]);

    expect(await acceptTerms({ userId: member.id, version: second.version })).toBe("accepted");
    // Accepting twice (a double click) keeps one row.
    expect(await acceptTerms({ userId: member.id, version: second.version })).toBe("accepted");
    const rows = await getDb().select().from(termsAcceptances).where(eq(termsAcceptances.userId, member.id));
    expect(rows.map((r) => r.version)).toEqual([second.version]);
  });

  test("the same text again is not a new version", async () => {
    const admin = await newAdmin();
    const current = await getCurrentTerms();
    const result = await publishTermsVersion({ actorId: admin.id, body: current.body, bodyEn: current.bodyEn, changeSummary: "Nichts" });
    expect(result).toEqual({ outcome: "unchanged" });
    expect(await currentTermsVersion()).toBe(current.version);
  });

  test("the form's schema normalises line breaks, requires a change summary and treats an empty translation as none", () => {
    const parsed = publishTermsSchema.parse({ body: `  ${termsText("x").replaceAll("\n", "\r\n")}\r\n\r\n\r\n`, bodyEn: "  ", changeSummary: " Neue Regel " });
    expect(parsed).toEqual({ body: termsText("x"), bodyEn: "", changeSummary: "Neue Regel" });
    const invalid = publishTermsSchema.safeParse({ body: "zu kurz", bodyEn: "", changeSummary: "" });
    expect(invalid.success).toBe(false);
    expect(invalid.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["body", "termsTooShort"],
      ["changeSummary", "changeSummaryTooShort"],
    ]);
  });
});

describe("district settings", () => {
  test("saves the changed fields and logs each one's old and new value; saving the same again logs nothing", async () => {
    const admin = await newAdmin();
    const before = await getEditableDistrictSettings();
    const contact = `Bezirksamt Treptow-Köpenick\nTestzimmer ${uniqueSuffix()}`;
    try {
      const { changed } = await updateDistrictSettings({ actorId: admin.id, values: { ...before, operatorContact: contact, verificationCodeValidityDays: 30 } });
      expect(changed.sort()).toEqual(["operatorContact", "verificationCodeValidityDays"]);
      expect(await getEditableDistrictSettings()).toEqual({ ...before, operatorContact: contact, verificationCodeValidityDays: 30 });
      const [entry] = await auditEntries("district.settings_changed", "1");
      expect(entry).toMatchObject({
        actorId: admin.id,
        details: {
          before: { operatorContact: before.operatorContact, verificationCodeValidityDays: before.verificationCodeValidityDays },
          after: { operatorContact: contact, verificationCodeValidityDays: 30 },
        },
      });

      const count = (await auditEntries("district.settings_changed", "1")).length;
      expect((await updateDistrictSettings({ actorId: admin.id, values: await getEditableDistrictSettings() })).changed).toEqual([]);
      expect(await auditEntries("district.settings_changed", "1")).toHaveLength(count);
    } finally {
      await getDb().update(districtSettings).set(before).where(eq(districtSettings.id, 1));
    }
  });

  test("the form's schema: names required, contact line by line, code validity 1–730 days", () => {
    const valid = { platformName: " Kiezwerk ", districtName: "Treptow-Köpenick", operatorContact: "Amt\r\n\r\n  Straße 1  \n", verificationCodeValidityDays: "90" };
    expect(districtSettingsSchema.parse(valid)).toEqual({
      platformName: "Kiezwerk",
      districtName: "Treptow-Köpenick",
      operatorContact: "Amt\nStraße 1",
      verificationCodeValidityDays: 90,
    });
    const errors = (input: object) => districtSettingsSchema.safeParse({ ...valid, ...input }).error?.issues.map((i) => [i.path[0], i.message]);
    expect(errors({ platformName: "  " })).toEqual([["platformName", "required"]]);
    expect(errors({ operatorContact: "\n \n" })).toEqual([["operatorContact", "required"]]);
    expect(errors({ verificationCodeValidityDays: "0" })).toEqual([["verificationCodeValidityDays", "validityDays"]]);
    expect(errors({ verificationCodeValidityDays: "731" })).toEqual([["verificationCodeValidityDays", "validityDays"]]);
    expect(errors({ verificationCodeValidityDays: "1.5" })).toEqual([["verificationCodeValidityDays", "validityDays"]]);
    expect(errors({ verificationCodeValidityDays: "730" })).toBeUndefined();
  });
});

describe("localities, topics and departments", () => {
  test("a locality someone lives in, follows or that announcements use cannot be deleted; an unused one can", async () => {
    const admin = await newAdmin();
    const added = await addCatalogEntry({ actorId: admin.id, kind: "locality", name: `Neuer Ortsteil ${uniqueSuffix()}` });
    if (added.outcome !== "added") throw new Error("not added");
    const id = added.id;

    // Someone lives there.
    const resident = await createUser();
    await getDb().update(users).set({ localityId: id }).where(eq(users.id, resident.id));
    expect(await removeCatalogEntry({ actorId: admin.id, kind: "locality", id })).toBe("in_use");
    expect((await listCatalogEntries("locality")).find((e) => e.id === id)?.usage).toEqual({ accounts: 1, followers: 0, announcements: 0 });
    await getDb().delete(users).where(eq(users.id, resident.id));

    // Someone follows it.
    const follower = await createUser();
    await getDb().insert(followedLocalities).values({ userId: follower.id, localityId: id });
    expect(await removeCatalogEntry({ actorId: admin.id, kind: "locality", id })).toBe("in_use");
    await getDb().delete(followedLocalities).where(eq(followedLocalities.userId, follower.id));

    // An announcement is filed under it.
    const [announcement] = await getDb()
      .insert(announcements)
      .values({ title: "Baustelle", summary: "Kurz", body: "Text", bodyHtml: "<p>Text</p>" })
      .returning({ id: announcements.id });
    await getDb().insert(announcementLocalities).values({ announcementId: announcement!.id, localityId: id });
    expect(await removeCatalogEntry({ actorId: admin.id, kind: "locality", id })).toBe("in_use");
    expect((await listCatalogEntries("locality")).find((e) => e.id === id)?.usage.announcements).toBe(1);
    await getDb().delete(announcements).where(eq(announcements.id, announcement!.id));

    expect(await auditEntries("district.locality_removed", String(id))).toEqual([]);
    expect(await removeCatalogEntry({ actorId: admin.id, kind: "locality", id })).toBe("removed");
    expect(await getDb().select().from(localities).where(eq(localities.id, id))).toEqual([]);
    expect(await auditEntries("district.locality_removed", String(id))).toHaveLength(1);
    expect(await removeCatalogEntry({ actorId: admin.id, kind: "locality", id })).toBe("not_found");
  });

  test("adding: names are unique regardless of case, slugs are derived and kept unique, the entry goes last", async () => {
    const admin = await newAdmin();
    const name = `Neu-Venedig ${uniqueSuffix()}`;
    const first = await addCatalogEntry({ actorId: admin.id, kind: "locality", name });
    expect(first.outcome).toBe("added");
    expect(await addCatalogEntry({ actorId: admin.id, kind: "locality", name: name.toUpperCase() })).toEqual({ outcome: "exists" });
    // Another name with the same slug gets a numbered one.
    const second = await addCatalogEntry({ actorId: admin.id, kind: "locality", name: name.replace("-", " ") });
    if (first.outcome !== "added" || second.outcome !== "added") throw new Error("not added");
    const slugs = await getDb().select({ id: localities.id, slug: localities.slug }).from(localities).orderBy(asc(localities.id));
    expect(slugs.find((s) => s.id === first.id)?.slug).toBe(slugify(name));
    expect(slugs.find((s) => s.id === second.id)?.slug).toBe(`${slugify(name)}-2`);
    const list = await listCatalogEntries("locality");
    expect(list.at(-1)?.id).toBe(second.id);
    expect(await auditEntries("district.locality_added", String(first.id))).toEqual([
      { actorId: admin.id, targetType: "locality", details: { name } },
    ]);

    for (const id of [first.id, second.id]) await removeCatalogEntry({ actorId: admin.id, kind: "locality", id });
  });

  test("slugs read like the name", () => {
    expect(slugify("Müggelheim")).toBe("mueggelheim");
    expect(slugify("Straßen- und Grünflächen")).toBe("strassen-und-gruenflaechen");
    expect(slugify("  Café   Köpenick! ")).toBe("cafe-koepenick");
    expect(slugify("???")).toBe("eintrag");
  });

  test("renaming keeps the slug and logs old and new name; moving swaps with the neighbour", async () => {
    const admin = await newAdmin();
    const a = await addCatalogEntry({ actorId: admin.id, kind: "topic", name: `Thema A ${uniqueSuffix()}` });
    const b = await addCatalogEntry({ actorId: admin.id, kind: "topic", name: `Thema B ${uniqueSuffix()}` });
    if (a.outcome !== "added" || b.outcome !== "added") throw new Error("not added");
    const [{ slug } = { slug: "" }] = await getDb().select({ slug: topics.slug }).from(topics).where(eq(topics.id, a.id));

    const newName = `Thema A2 ${uniqueSuffix()}`;
    expect(await renameCatalogEntry({ actorId: admin.id, kind: "topic", id: a.id, name: newName })).toBe("renamed");
    expect(await getDb().select({ name: topics.name, slug: topics.slug }).from(topics).where(eq(topics.id, a.id))).toEqual([{ name: newName, slug }]);
    expect((await auditEntries("district.topic_renamed", String(a.id)))[0]?.details).toMatchObject({ to: newName });
    const bName = (await listCatalogEntries("topic")).find((e) => e.id === b.id)!.name;
    expect(await renameCatalogEntry({ actorId: admin.id, kind: "topic", id: a.id, name: bName.toLowerCase() })).toBe("exists");
    expect(await renameCatalogEntry({ actorId: admin.id, kind: "topic", id: a.id, name: newName })).toBe("unchanged");

    const order = async () => (await listCatalogEntries("topic")).map((e) => e.id).slice(-2);
    expect(await order()).toEqual([a.id, b.id]);
    expect(await moveCatalogEntry({ actorId: admin.id, kind: "topic", id: b.id, direction: "up" })).toBe("moved");
    expect(await order()).toEqual([b.id, a.id]);
    expect(await moveCatalogEntry({ actorId: admin.id, kind: "topic", id: a.id, direction: "down" })).toBe("at_edge");
    expect((await auditEntries("district.topic_moved", String(b.id)))[0]?.details).toMatchObject({ direction: "up" });

    for (const id of [a.id, b.id]) await removeCatalogEntry({ actorId: admin.id, kind: "topic", id });
  });

  test("moving to a position puts the entry there (clamped to the list), and sorting orders the whole list alphabetically", async () => {
    const admin = await newAdmin();
    const tag = uniqueSuffix();
    const added: number[] = [];
    for (const name of [`Zebra ${tag}`, `Ahorn ${tag}`, `Mitte ${tag}`]) {
      const entry = await addCatalogEntry({ actorId: admin.id, kind: "topic", name });
      if (entry.outcome !== "added") throw new Error("not added");
      added.push(entry.id);
    }
    const [zebra, ahorn, mitte] = added as [number, number, number];
    const ids = async () => (await listCatalogEntries("topic")).map((e) => e.id);
    const before = await ids();
    const count = before.length;

    expect(await moveCatalogEntry({ actorId: admin.id, kind: "topic", id: mitte, position: 1 })).toBe("moved");
    expect((await ids())[0]).toBe(mitte);
    expect((await auditEntries("district.topic_moved", String(mitte)))[0]?.details).toMatchObject({ direction: "up", position: 1 });
    expect(await moveCatalogEntry({ actorId: admin.id, kind: "topic", id: mitte, position: 1 })).toBe("unchanged");
    // Beyond the end means last.
    expect(await moveCatalogEntry({ actorId: admin.id, kind: "topic", id: mitte, position: count + 50 })).toBe("moved");
    expect((await ids()).at(-1)).toBe(mitte);
    expect(await ids()).toHaveLength(count);

    expect(await sortCatalogEntries({ actorId: admin.id, kind: "topic" })).toBe("sorted");
    const sorted = await listCatalogEntries("topic");
    const names = sorted.map((e) => e.name);
    expect(names).toEqual([...names].sort(new Intl.Collator("de", { sensitivity: "base", numeric: true }).compare));
    expect(sorted.map((e) => e.id).filter((id) => added.includes(id))).toEqual([ahorn, mitte, zebra]);
    expect(await sortCatalogEntries({ actorId: admin.id, kind: "topic" })).toBe("unchanged");
    const [sortedEntry] = await getDb()
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, "district.topic_sorted"), eq(auditLog.actorId, admin.id)));
    expect(sortedEntry?.details).toEqual({ count });

    // Leave the seeded order as it was for the other tests.
    for (const id of added) await removeCatalogEntry({ actorId: admin.id, kind: "topic", id });
    const original = before.filter((id) => !added.includes(id));
    for (const [i, id] of original.entries()) await moveCatalogEntry({ actorId: admin.id, kind: "topic", id, position: i + 1 });
    expect(await ids()).toEqual(original);
  });

  test("removing a followed topic detaches it; a department with staff or signed announcements stays", async () => {
    const admin = await newAdmin();
    const topic = await addCatalogEntry({ actorId: admin.id, kind: "topic", name: `Gefolgt ${uniqueSuffix()}` });
    if (topic.outcome !== "added") throw new Error("not added");
    const follower = await createUser();
    await getDb().insert(followedTopics).values({ userId: follower.id, topicId: topic.id });
    expect(await removeCatalogEntry({ actorId: admin.id, kind: "topic", id: topic.id })).toBe("removed");
    expect(await getDb().select().from(followedTopics).where(eq(followedTopics.userId, follower.id))).toEqual([]);

    const department = await addCatalogEntry({ actorId: admin.id, kind: "department", name: `Amt ${uniqueSuffix()}` });
    if (department.outcome !== "added") throw new Error("not added");
    const staff = await createUser({ role: "staff", verification: "verified" });
    await getDb().update(users).set({ departmentId: department.id }).where(eq(users.id, staff.id));
    expect(await removeCatalogEntry({ actorId: admin.id, kind: "department", id: department.id })).toBe("in_use");
    await getDb().update(users).set({ departmentId: null }).where(eq(users.id, staff.id));

    const [signed] = await getDb()
      .insert(announcements)
      .values({ title: "Amtlich", summary: "Kurz", body: "Text", bodyHtml: "<p>Text</p>", departmentId: department.id })
      .returning({ id: announcements.id });
    expect(await removeCatalogEntry({ actorId: admin.id, kind: "department", id: department.id })).toBe("in_use");
    await getDb().delete(announcements).where(eq(announcements.id, signed!.id));

    expect(await removeCatalogEntry({ actorId: admin.id, kind: "department", id: department.id })).toBe("removed");
    expect(await getDb().select().from(departments).where(eq(departments.id, department.id))).toEqual([]);
  });
});

describe("official e-mail domains", () => {
  test("the form accepts a domain name in any case or with a leading @, and refuses anything else", () => {
    const parse = (domain: string) => addOfficialDomainSchema.safeParse({ domain });
    expect(parse(" @BA-TK.Berlin.de ").data).toEqual({ domain: "ba-tk.berlin.de" });
    expect(parse("xn--kpenick-n4a.de").success).toBe(true);
    for (const invalid of ["ba tk", "ba-tk", "-ba.berlin.de", "ba-.berlin.de", "ba..berlin.de", "name@ba-tk.berlin.de", "ba-tk.berlin.d3", "https://ba-tk.berlin.de"]) {
      expect(parse(invalid).error?.issues[0]?.message, invalid).toBe("domainInvalid");
    }
    expect(parse("").error?.issues[0]?.message).toBe("required");
  });

  test("adding twice is refused; removing a domain keeps its staff, who are then listed for review", async () => {
    const admin = await newAdmin();
    const domain = `amt-${uniqueSuffix()}.example.org`;
    expect(await addOfficialDomain({ actorId: admin.id, domain })).toBe("added");
    expect(await addOfficialDomain({ actorId: admin.id, domain })).toBe("exists");
    const staff = await createUser({ email: `sachbearbeitung@${domain}`, role: "staff", verification: "verified" });
    expect(await isOfficialDomain(staff.email)).toBe(true);
    expect((await listStaffOutsideOfficialDomains()).map((s) => s.id)).not.toContain(staff.id);

    expect(await removeOfficialDomain({ actorId: admin.id, domain })).toBe("removed");
    expect(await removeOfficialDomain({ actorId: admin.id, domain })).toBe("not_found");

    expect((await readUser(staff.id)).role).toBe("staff");
    expect(await listStaffOutsideOfficialDomains()).toContainEqual({ id: staff.id, displayName: staff.displayName, username: staff.username, email: staff.email });
    expect(await auditEntries("district.domain_added", domain)).toEqual([{ actorId: admin.id, targetType: "official_domain", details: { domain } }]);
    expect(await auditEntries("district.domain_removed", domain)).toHaveLength(1);
  });
});
