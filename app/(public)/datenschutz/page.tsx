import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OperatorContact, Prose } from "@/components/prose";
import { getDistrictSettings } from "@/lib/district/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("legal.privacy"))("title") };
}

export default async function PrivacyPage() {
  const [settings, t] = await Promise.all([getDistrictSettings(), getTranslations("legal.privacy")]);
  return (
    <Prose>
      <h1>{t("title")}</h1>
      <p>{t("intro", { platform: settings.platformName })}</p>
      <h2>{t("controllerTitle")}</h2>
      <OperatorContact contact={settings.operatorContact} />
      {(["data", "cookies", "thirdParties", "logs", "rights"] as const).map((section) => (
        <section key={section} aria-labelledby={`privacy-${section}`}>
          <h2 id={`privacy-${section}`}>{t(`${section}Title`)}</h2>
          <p className="mt-2">{t(section)}</p>
        </section>
      ))}
    </Prose>
  );
}
