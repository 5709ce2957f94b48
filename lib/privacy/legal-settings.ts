import "server-only";
import { eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db/client";
import { districtSettings } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { LegalSettings } from "./schemas";

/** The district's legal details, as the privacy policy, accessibility statement and admin form need them. */
export const getLegalSettings = cache(async (): Promise<LegalSettings> => {
  const [row] = await getDb()
    .select({
      dataProtectionOfficer: districtSettings.dataProtectionOfficer,
      supervisoryAuthority: districtSettings.supervisoryAuthority,
      accessibilityKnownGaps: districtSettings.accessibilityKnownGaps,
      accessibilityReviewedAt: districtSettings.accessibilityReviewedAt,
      auditRetentionMonths: districtSettings.auditRetentionMonths,
    })
    .from(districtSettings)
    .where(eq(districtSettings.id, 1));
  if (!row) throw new Error("District settings are missing: run `npm run db:migrate`.");
  const { accessibilityReviewedAt, ...rest } = row;
  return { ...rest, accessibilityReviewedOn: accessibilityReviewedAt ? accessibilityReviewedAt.toISOString().slice(0, 10) : "" };
});

/** Saves the legal details; the audit entry names the fields that changed. Returns how many did. */
export async function updateLegalSettings({ actorId, values }: { actorId: string; values: LegalSettings }) {
  const before = await getLegalSettings();
  const changed = (Object.keys(values) as (keyof LegalSettings)[]).filter((key) => before[key] !== values[key]);
  if (changed.length === 0) return { changed: 0 };
  await getDb().transaction(async (tx) => {
    const { accessibilityReviewedOn, ...rest } = values;
    await tx
      .update(districtSettings)
      .set({ ...rest, accessibilityReviewedAt: accessibilityReviewedOn ? new Date(`${accessibilityReviewedOn}T12:00:00Z`) : null })
      .where(eq(districtSettings.id, 1));
    await recordAudit({ actorId, action: "district.legal_settings_changed", targetType: "district_settings", targetId: "1", details: { fields: changed } }, tx);
  });
  return { changed: changed.length };
}
