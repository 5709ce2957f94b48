import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { LegalSettingsSection } from "../legal-settings-section";
import { SettingsHeader } from "../settings-header";

export async function generateMetadata(): Promise<Metadata> {
  const [t, legal] = await Promise.all([getTranslations("district.settings"), getTranslations("privacy.legalSettings")]);
  return { title: `${legal("title")} – ${t("title")}` };
}

/** The district-specific parts of the legal pages: data-protection officer, supervisory authority, accessibility, audit period. */
export default async function LegalSettingsPage() {
  await requirePageAccess("admin.settings.update");
  return (
    <div className="flex max-w-3xl flex-col gap-10">
      <SettingsHeader current="legal" />
      <LegalSettingsSection />
    </div>
  );
}
