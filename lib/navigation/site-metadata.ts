import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getDistrictSettings } from "@/lib/district/queries";
import type { Locale } from "@/lib/i18n/config";

/** The title template and description every page shares. */
export async function siteMetadata(locale: Locale): Promise<Metadata> {
  const [settings, t] = await Promise.all([getDistrictSettings(), getTranslations({ locale, namespace: "common.meta" })]);
  return {
    title: { default: settings.platformName, template: `%s – ${settings.platformName}` },
    description: t("description", { district: settings.districtName }),
    // "Zum Startbildschirm hinzufügen": the web app manifest and icons in public/.
    manifest: "/manifest.webmanifest",
    icons: { apple: "/icons/apple-touch-icon.png" },
    appleWebApp: { title: "Kiezwerk", capable: true },
  };
}
