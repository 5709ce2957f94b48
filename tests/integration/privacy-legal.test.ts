import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, districtSettings } from "@/db/schema";
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
    const mine = (await listAccessibilityFeedback()).filter((item) => item.message.includes(tag));
    expect(mine.map((item) => [item.message, item.contact, item.pageUrl])).toEqual([
      [`Zweite Rückmeldung ${tag}`, "030 123", null],
      [`Erste Rückmeldung ${tag}`, null, "/suche"],
    ]);
  });
});
