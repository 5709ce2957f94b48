import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { OperatorContact, Prose } from "@/components/prose";
import { getDistrictSettings } from "@/lib/district/queries";
import { getLegalSettings } from "@/lib/privacy/legal-settings";
import { EASY_READ_PATH } from "@/lib/privacy/paths";
import { FeedbackForm } from "./feedback-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("legal.accessibility"))("title") };
}

/** The enforcement body's own page (BIKTG Bln § 6): a link, not a request to another host. */
const ENFORCEMENT_URL = "https://www.berlin.de/lb/digitale-barrierefreiheit/";

export default async function AccessibilityPage() {
  const [settings, legal, t, format] = await Promise.all([getDistrictSettings(), getLegalSettings(), getTranslations("legal.accessibility"), getFormatter()]);
  const gaps = legal.accessibilityKnownGaps ? legal.accessibilityKnownGaps.split("\n") : [];
  const params = { platform: settings.platformName, district: settings.districtName };
  return (
    <Prose>
      <h1>{t("title")}</h1>
      <p>{t("intro", params)}</p>
      <p>
        <Link href={EASY_READ_PATH} lang="de">
          {t("easyRead")}
        </Link>
      </p>
      <h2>{t("statusTitle")}</h2>
      {/* Compliant only with no known barrier and a review on record; otherwise partially. */}
      <p>{gaps.length === 0 && legal.accessibilityReviewedOn ? t("statusFull", params) : t("statusPartial", params)}</p>
      <p>{t("howTested")}</p>
      {gaps.length > 0 ? (
        <>
          <h2>{t("gapsTitle")}</h2>
          <ul>
            {gaps.map((gap, index) => (
              <li key={index}>{gap}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t("dateTitle")}</h2>
      <p>{legal.accessibilityReviewedOn ? t("date", { date: format.dateTime(new Date(`${legal.accessibilityReviewedOn}T12:00:00Z`), { dateStyle: "long" }) }) : t("dateMissing")}</p>
      <h2>{t("feedbackTitle")}</h2>
      <p>{t("feedback")}</p>
      <OperatorContact contact={settings.operatorContact} />
      <FeedbackForm />
      <h2>{t("enforcementTitle")}</h2>
      <p>{t("enforcement")}</p>
      <p>
        <a href={ENFORCEMENT_URL}>{t("enforcementLink")}</a>
      </p>
    </Prose>
  );
}
