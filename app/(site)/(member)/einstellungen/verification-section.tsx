import { getFormatter, getTranslations } from "next-intl/server";
import { UserBadge } from "@/components/user-badge";
import { getDistrictSettings } from "@/lib/district/queries";
import type { Role } from "@/lib/policy";
import { getOwnVerification } from "@/lib/verification/queries";
import { VerificationCodeForm } from "./verification-code-form";

const HEADING_ID = "verification";

/** "Konto verifizieren" in the settings: the code form, or, once verified, the badge and since when. */
export async function VerificationSection({ userId, role }: { userId: string; role: Role }) {
  const [t, format, own, settings] = await Promise.all([
    getTranslations("verification.settings"),
    getFormatter(),
    getOwnVerification(userId),
    getDistrictSettings(),
  ]);
  const verified = own?.verification === "verified";
  return (
    <section aria-labelledby={HEADING_ID} className="flex flex-col gap-4">
      <h2 id={HEADING_ID} tabIndex={-1}>
        {verified ? t("verifiedTitle") : t("title")}
      </h2>
      {verified ? (
        <>
          <p className="flex flex-wrap items-center gap-2">
            <span>{own.verifiedAt ? t("verifiedSince", { date: format.dateTime(own.verifiedAt, { dateStyle: "long" }) }) : t("verified")}</span>
            <UserBadge verification="verified" role={role} />
          </p>
          <p>{t(role === "staff" ? "verifiedHintStaff" : "verifiedHint", { platform: settings.platformName })}</p>
        </>
      ) : (
        <>
          <p>{t("intro")}</p>
          <VerificationCodeForm headingId={HEADING_ID} />
        </>
      )}
    </section>
  );
}
