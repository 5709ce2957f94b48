import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OperatorContact, Prose } from "@/components/prose";
import { getDistrictSettings } from "@/lib/district/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("legal.accessibility"))("title") };
}

export default async function AccessibilityPage() {
  const [settings, t] = await Promise.all([getDistrictSettings(), getTranslations("legal.accessibility")]);
  return (
    <Prose>
      <h1>{t("title")}</h1>
      <p>{t("intro", { platform: settings.platformName })}</p>
      <h2>{t("statusTitle")}</h2>
      <p>{t("status")}</p>
      <h2>{t("feedbackTitle")}</h2>
      <p>{t("feedback")}</p>
      <OperatorContact contact={settings.operatorContact} />
      <h2>{t("enforcementTitle")}</h2>
      <p>{t("enforcement")}</p>
    </Prose>
  );
}
