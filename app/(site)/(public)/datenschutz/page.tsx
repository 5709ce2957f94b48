import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OperatorContact, Prose } from "@/components/prose";
import { getDistrictSettings } from "@/lib/district/queries";
import { mailTransport } from "@/lib/mail/transport";
import { platformCookies } from "@/lib/privacy/cookies";
import { getLegalSettings } from "@/lib/privacy/legal-settings";
import { DATA_EXPORT_PATH } from "@/lib/privacy/paths";
import { RETENTION_ITEMS, retentionParams } from "@/lib/privacy/retention-periods";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("legal.privacy"))("title") };
}

const PROCESSING = ["account", "content", "verification", "moderation", "notifications", "security", "accessibility"] as const;

/**
 * Generated from what the platform does: the district's contacts (admin settings), the mail transport
 * in use, the cookies it sets (lib/privacy/cookies.ts) and the periods the retention rules apply.
 */
export default async function PrivacyPage() {
  const [settings, legal, t] = await Promise.all([getDistrictSettings(), getLegalSettings(), getTranslations("legal.privacy")]);
  const cookies = platformCookies();
  const periods = retentionParams(legal.auditRetentionMonths);
  return (
    <Prose>
      <h1>{t("title")}</h1>
      <p>{t("intro", { platform: settings.platformName })}</p>
      <h2>{t("controllerTitle")}</h2>
      <OperatorContact contact={settings.operatorContact} />
      <h2>{t("dpoTitle")}</h2>
      {legal.dataProtectionOfficer ? <OperatorContact contact={legal.dataProtectionOfficer} /> : <p>{t("dpoMissing")}</p>}

      <h2>{t("processingTitle")}</h2>
      <div className="overflow-x-auto">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("processingData")}</th>
              <th scope="col">{t("processingPurpose")}</th>
              <th scope="col">{t("processingBasis")}</th>
            </tr>
          </thead>
          <tbody>
            {PROCESSING.map((kind) => (
              <tr key={kind}>
                <td>{t(`processing.${kind}.data`)}</td>
                <td>{t(`processing.${kind}.purpose`)}</td>
                <td>{t(`processing.${kind}.basis`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t("recipientsTitle")}</h2>
      <p>{mailTransport() === "resend" ? t("recipientsMail", { provider: "Resend" }) : t("recipientsNone")}</p>
      <p>{t("thirdParties")}</p>

      <h2 id="cookies">{t("cookiesTitle")}</h2>
      <p>{t("cookiesIntro", { count: cookies.length })}</p>
      <table aria-labelledby="cookies" data-testid="cookie-list">
        <thead>
          <tr>
            <th scope="col">{t("cookieName")}</th>
            <th scope="col">{t("cookiePurpose")}</th>
            <th scope="col">{t("cookieLifetime")}</th>
          </tr>
        </thead>
        <tbody>
          {cookies.map((cookie) => (
            <tr key={cookie.name}>
              <td>
                <code>{cookie.name}</code>
              </td>
              <td>{t(`cookiePurposes.${cookie.purpose}`)}</td>
              <td>{t("cookieDays", { days: cookie.days })}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t("retentionTitle")}</h2>
      <p>{t("retentionIntro")}</p>
      <ul>
        {RETENTION_ITEMS.map((item) => (
          <li key={item}>{t(`retention.${item}`, periods[item])}</li>
        ))}
      </ul>
      <p>{t("retentionAccount")}</p>

      <h2>{t("rightsTitle")}</h2>
      <p>{t("rights")}</p>
      <p>
        <Link href={DATA_EXPORT_PATH}>{t("settingsLink")}</Link>
      </p>
      <p>{t("complaint")}</p>
      <OperatorContact contact={legal.supervisoryAuthority} />
    </Prose>
  );
}
