import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, districtSettings, notifications } from "@/db/schema";
import { listAccessibilityFeedback, recordAccessibilityFeedback } from "@/lib/privacy/accessibility-feedback";
import { getLegalSettings, updateLegalSettings } from "@/lib/privacy/legal-settings";
import { legalSettingsSchema } from "@/lib/privacy/schemas";
import { createUser, uniqueSuffix } from "../support/factories";

type Saved = Pick<typeof districtSettings.$inferSelect, "dataProtectionOfficer" | "accessibilityKnownGaps" | "accessibilityReviewedAt" | "auditRetentionMonths">;
let saved: Saved;

beforeAll(async () => {
  const [row] = await getDb()
    .select({
      dataProtectionOfficer: districtSettings.dataProtectionOfficer,
      accessibilityKnownGaps: districtSettings.accessibilityKnownGaps,
      accessibilityReviewedAt: districtSettings.accessibilityReviewedAt,
      auditRetentionMonths: districtSettings.auditRetentionMonths,
    })
    .from(districtSettings);
  saved = row!;
});

// Other files read the district's settings as the setup left them.
afterEach(async () => {
  await getDb().update(districtSettings).set(saved).where(eq(districtSettings.id, 1));
});

describe("the district's legal details", () => {
  test("start with a 3-year audit period and the Berlin supervisory authority", async () => {
    const legal = await getLegalSettings();
    expect(legal.auditRetentionMonths).toBe(36);
    expect(legal.supervisoryAuthority).toContain("Berliner Beauftragte für Datenschutz und Informationsfreiheit");
    expect(legal.accessibilityReviewedOn).toBe("");
  });

  test("an admin's change is saved and audited with the fields that changed", async () => {
    const admin = await createUser({ role: "admin", verification: "verified" });
    const values = legalSettingsSchema.parse({
      ...(await getLegalSettings()),
      dataProtectionOfficer: "Behördlicher Datenschutz\r\n  Alt-Köpenick 21 \n\n12555 Berlin",
      accessibilityReviewedOn: "2026-11-30",
      auditRetentionMonths: "24",
    });
    expect(await updateLegalSettings({ actorId: admin.id, values })).toEqual({ changed: 3 });
    expect(await getLegalSettings()).toMatchObject({
      dataProtectionOfficer: "Behördlicher Datenschutz\nAlt-Köpenick 21\n12555 Berlin",
      accessibilityReviewedOn: "2026-11-30",
      auditRetentionMonths: 24,
    });
    const [entry] = await getDb().select().from(auditLog).where(eq(auditLog.actorId, admin.id));
    expect(entry).toMatchObject({ action: "district.legal_settings_changed", details: { fields: ["dataProtectionOfficer", "accessibilityReviewedOn", "auditRetentionMonths"] } });
    expect(await updateLegalSettings({ actorId: admin.id, values })).toEqual({ changed: 0 });
  });

  test("refuses an audit period outside 6 to 120 months and a malformed date", () => {
    const base = { dataProtectionOfficer: "x", supervisoryAuthority: "y", accessibilityKnownGaps: "", accessibilityReviewedOn: "" };
    expect(legalSettingsSchema.safeParse({ ...base, auditRetentionMonths: "3" }).error?.issues[0]?.message).toBe("auditMonths");
    expect(legalSettingsSchema.safeParse({ ...base, auditRetentionMonths: "36", accessibilityReviewedOn: "30.11.2026" }).error?.issues[0]?.message).toBe("dateInvalid");
  });
});

describe("accessibility feedback", () => {
  test("is stored and listed for admins, newest first", async () => {
    const tag = uniqueSuffix();
    await recordAccessibilityFeedback({ message: `Erste Rückmeldung ${tag}`, contact: "", pageUrl: "/suche" });
    await recordAccessibilityFeedback({ message: `Zweite Rückmeldung ${tag}`, contact: "030 123" });
    const mine = (await listAccessibilityFeedback()).items.filter((item) => item.message.includes(tag));
    expect(mine.map((item) => [item.message, item.contact, item.pageUrl])).toEqual([
      [`Zweite Rückmeldung ${tag}`, "030 123", null],
      [`Erste Rückmeldung ${tag}`, null, "/suche"],
    ]);
  });
});

describe("accessibility feedback reaches the district", () => {
  test("every active admin is notified, nobody else", async () => {
    const admin = await createUser({ role: "admin", verification: "verified" });
    const suspendedAdmin = await createUser({ role: "admin", verification: "verified", status: "suspended" });
    const staff = await createUser({ role: "staff", verification: "verified" });
    await recordAccessibilityFeedback({ message: `Der Kontrast der Schaltflächen ist zu schwach ${uniqueSuffix()}` });
    const [feedback] = (await listAccessibilityFeedback({ size: 1 })).items;
    const kinds = async (userId: string) =>
      (await getDb().select({ kind: notifications.kind, data: notifications.data }).from(notifications).where(eq(notifications.userId, userId)));
    expect(await kinds(admin.id)).toEqual([{ kind: "accessibility_feedback", data: { feedbackId: feedback!.id } }]);
    expect(await kinds(suspendedAdmin.id)).toEqual([]);
    expect(await kinds(staff.id)).toEqual([]);
  });

  test("the list is keyset-paginated: pages follow each other without gaps or repeats", async () => {
    const tag = uniqueSuffix();
    for (let i = 0; i < 5; i++) await recordAccessibilityFeedback({ message: `Seite ${tag} ${i}` });
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const result: Awaited<ReturnType<typeof listAccessibilityFeedback>> = await listAccessibilityFeedback({ after, size: 2 });
      seen.push(...result.items.map((item) => item.message));
      after = result.nextCursor;
    }
    // Older rows of other tests follow on the third page; ours are the newest five, each once.
    const ours = seen.filter((message) => message.includes(tag));
    expect(ours).toHaveLength(5);
    expect(new Set(ours)).toEqual(new Set([0, 1, 2, 3, 4].map((i) => `Seite ${tag} ${i}`)));
    // A cursor we did not make starts from the newest.
    expect((await listAccessibilityFeedback({ after: "kaputt", size: 1 })).items[0]!.message).toContain(tag);
  });
});
