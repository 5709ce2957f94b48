import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getEditableDistrictSettings } from "@/lib/district/queries";
import { GeneralSettingsForm } from "./general-settings-form";
import { SettingsHeader } from "./settings-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("district.settings"))("title") };
}

/** The settings' first section: names, contact and the validity of verification codes. The lists have their own pages. */
export default async function DistrictSettingsPage() {
  await requirePageAccess("admin.settings.update");
  const [t, settings] = await Promise.all([getTranslations("district.settings"), getEditableDistrictSettings()]);
  return (
    <div className="flex max-w-3xl flex-col gap-10">
      <SettingsHeader current="general" />
      <section aria-labelledby="general-title" className="flex flex-col gap-4">
        <h2 id="general-title">{t("general.title")}</h2>
        <GeneralSettingsForm defaults={settings} />
      </section>
    </div>
  );
}
