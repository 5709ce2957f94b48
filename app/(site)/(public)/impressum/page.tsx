import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OperatorContact, Prose } from "@/components/prose";
import { getDistrictSettings } from "@/lib/district/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("legal.imprint"))("title") };
}

export default async function ImprintPage() {
  const [settings, t] = await Promise.all([getDistrictSettings(), getTranslations("legal.imprint")]);
  return (
    <Prose>
      <h1>{t("title")}</h1>
      <h2>{t("operator")}</h2>
      <OperatorContact contact={settings.operatorContact} />
      <p>{t("responsible", { platform: settings.platformName })}</p>
      <p>{t("nonProfit", { platform: settings.platformName })}</p>
    </Prose>
  );
}
