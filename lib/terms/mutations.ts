import "server-only";
import { eq, max } from "drizzle-orm";
import { getDb } from "@/db/client";
import { districtSettings, termsAcceptances, termsVersions, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";

export type PublishTermsOutcome = { outcome: "published"; version: number } | { outcome: "unchanged" };

/**
 * Publishes the next version and puts it in force in one transaction. From the next request on,
 * every account that has not accepted it counts as incomplete and is asked to accept it first.
 */
export async function publishTermsVersion(input: {
  actorId: string;
  body: string;
  bodyEn: string | null;
  changeSummary: string;
}): Promise<PublishTermsOutcome> {
  return getDb().transaction(async (tx) => {
    // Locking the settings row serialises two admins publishing at once: each gets its own number.
    const [settings] = await tx
      .select({ termsVersion: districtSettings.termsVersion })
      .from(districtSettings)
      .where(eq(districtSettings.id, 1))
      .for("update");
    if (!settings) throw new Error("District settings are missing.");
    const [current] = await tx
      .select({ body: termsVersions.body, bodyEn: termsVersions.bodyEn })
      .from(termsVersions)
      .where(eq(termsVersions.version, settings.termsVersion));
    // Asking everyone to accept the very same text again would only teach them to click blindly.
    if (current && current.body === input.body && (current.bodyEn ?? null) === input.bodyEn) return { outcome: "unchanged" };

    const [{ latest } = { latest: null }] = await tx.select({ latest: max(termsVersions.version) }).from(termsVersions);
    const version = (latest ?? 0) + 1;
    await tx.insert(termsVersions).values({
      version,
      body: input.body,
      bodyEn: input.bodyEn,
      changeSummary: input.changeSummary,
      publishedById: input.actorId,
    });
    await tx.update(districtSettings).set({ termsVersion: version }).where(eq(districtSettings.id, 1));
    await recordAudit(
      {
        actorId: input.actorId,
        action: "terms.published",
        targetType: "terms_version",
        targetId: String(version),
        details: { version, previousVersion: settings.termsVersion, changeSummary: input.changeSummary },
      },
      tx,
    );
    return { outcome: "published", version };
  });
}

export type AcceptTermsOutcome = "accepted" | "outdated";

/**
 * Records that the member accepted `version`: on the account (what the gate checks) and in the
 * member's history of acceptances. Only the version in force can be accepted.
 */
export async function acceptTerms({ userId, version }: { userId: string; version: number }): Promise<AcceptTermsOutcome> {
  return getDb().transaction(async (tx) => {
    const [settings] = await tx.select({ termsVersion: districtSettings.termsVersion }).from(districtSettings).where(eq(districtSettings.id, 1));
    if (settings?.termsVersion !== version) return "outdated";
    const acceptedAt = new Date();
    await tx.update(users).set({ acceptedTermsVersion: version, acceptedTermsAt: acceptedAt }).where(eq(users.id, userId));
    await tx.insert(termsAcceptances).values({ userId, version, acceptedAt }).onConflictDoNothing();
    return "accepted";
  });
}
