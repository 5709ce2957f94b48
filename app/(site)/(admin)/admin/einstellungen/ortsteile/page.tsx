import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { CatalogSection } from "../catalog-section";
import { SettingsHeader } from "../settings-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("district.settings");
  return { title: `${t("localities.title")} – ${t("title")}` };
}

export default async function LocalitiesSettingsPage() {
  await requirePageAccess("admin.settings.update");
  return (
    <div className="flex max-w-3xl flex-col gap-10">
      <SettingsHeader current="localities" />
      <CatalogSection kind="locality" />
    </div>
  );
}
