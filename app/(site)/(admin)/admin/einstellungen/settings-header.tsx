import { getTranslations } from "next-intl/server";
import { SectionNav } from "@/components/ui/section-nav";
import { districtSettingsPath, SETTINGS_SECTIONS, type SettingsSection } from "@/lib/district/paths";
import { AdminNav } from "../admin-nav";

/** The settings' heading, the admin tabs and the sub-navigation between the settings' sections (the shown one marked). */
export async function SettingsHeader({ current }: { current: SettingsSection }) {
  const t = await getTranslations("district.settings");
  const links = SETTINGS_SECTIONS.map((section) => ({ key: section, href: districtSettingsPath(section), label: t(`nav.${section}`) }));
  return (
    <div className="flex flex-col gap-4">
      <h1>{t("title")}</h1>
      <AdminNav current="settings" />
      <p>{t("intro")}</p>
      <SectionNav label={t("nav.label")} links={links} current={current} />
    </div>
  );
}
