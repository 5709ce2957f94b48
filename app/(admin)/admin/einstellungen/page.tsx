import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getEditableDistrictSettings } from "@/lib/district/queries";
import { AdminNav } from "../admin-nav";
import { CatalogSection } from "./catalog-section";
import { DomainsSection } from "./domains-section";
import { GeneralSettingsForm } from "./general-settings-form";
import { LegalSettingsSection } from "./legal-settings-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("district.settings"))("title") };
}

export default async function DistrictSettingsPage() {
  await requirePageAccess("admin.settings.update");
  const [t, settings] = await Promise.all([getTranslations("district.settings"), getEditableDistrictSettings()]);

  return (
    <div className="flex max-w-3xl flex-col gap-12">
      <div className="flex flex-col gap-4">
        <h1>{t("title")}</h1>
        <AdminNav current="settings" />
        <p>{t("intro")}</p>
      </div>
      <section aria-labelledby="general-title" className="flex flex-col gap-4">
        <h2 id="general-title">{t("general.title")}</h2>
        <GeneralSettingsForm defaults={settings} />
      </section>
      <CatalogSection kind="locality" />
      <CatalogSection kind="topic" />
      <CatalogSection kind="department" />
      <DomainsSection />
      <LegalSettingsSection />
    </div>
  );
}
