import { getTranslations } from "next-intl/server";
import { getLegalSettings } from "@/lib/privacy/legal-settings";
import { LegalSettingsForm } from "./legal-settings-form";

export async function LegalSettingsSection() {
  const [t, defaults] = await Promise.all([getTranslations("privacy.legalSettings"), getLegalSettings()]);
  return (
    <section aria-labelledby="legal-title" className="flex flex-col gap-4">
      <h2 id="legal-title">{t("title")}</h2>
      <p>{t("intro")}</p>
      <LegalSettingsForm defaults={defaults} />
    </section>
  );
}
