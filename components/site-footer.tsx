import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDistrictSettings } from "@/lib/district/queries";
import { TRANSPARENCY_PATH } from "@/lib/moderation/paths";
import { ACCESSIBILITY_PATH, EASY_READ_PATH, PRIVACY_PATH } from "@/lib/privacy/paths";

export async function SiteFooter() {
  const [settings, t] = await Promise.all([getDistrictSettings(), getTranslations("common.footer")]);
  const links = [
    { href: "/impressum", label: t("imprint") },
    { href: PRIVACY_PATH, label: t("privacy") },
    { href: ACCESSIBILITY_PATH, label: t("accessibility") },
    { href: EASY_READ_PATH, label: t("easyRead"), lang: "de" },
    { href: "/nutzungsbedingungen", label: t("terms") },
    { href: TRANSPARENCY_PATH, label: t("transparency") },
  ];
  return (
    <footer className="border-t border-slate-300 bg-white">
      <div className="mx-auto flex max-w-4xl flex-col gap-3 px-4 py-6 text-sm text-slate-800">
        <nav aria-label={t("label")}>
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} lang={"lang" in link ? link.lang : undefined}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p>{t("tagline", { platform: settings.platformName, district: settings.districtName })}</p>
      </div>
    </footer>
  );
}
