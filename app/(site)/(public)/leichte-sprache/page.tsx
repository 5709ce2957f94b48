import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OperatorContact, Prose } from "@/components/prose";
import { getDistrictSettings } from "@/lib/district/queries";
import { ACCESSIBILITY_PATH } from "@/lib/privacy/paths";

export async function generateMetadata(): Promise<Metadata> {
  const [settings, t] = await Promise.all([getDistrictSettings(), getTranslations("legal.easyRead")]);
  return { title: t("title", { platform: settings.platformName }) };
}

interface Section {
  title: string;
  lines: string[];
}

/** What Kiezwerk is and how to take part, in Leichte Sprache (BITV 2.0 § 4): one statement per line. */
export default async function EasyReadPage() {
  const [settings, t] = await Promise.all([getDistrictSettings(), getTranslations("legal.easyRead")]);
  const fill = (text: string) => text.replaceAll("{platform}", settings.platformName).replaceAll("{district}", settings.districtName);
  const sections = t.raw("sections") as Section[];
  return (
    <Prose>
      <h1>{t("title", { platform: settings.platformName })}</h1>
      {sections.map((section) => (
        <section key={section.title} aria-label={fill(section.title)}>
          <h2>{fill(section.title)}</h2>
          {section.lines.map((line) => (
            <p key={line} className="text-lg">
              {fill(line)}
            </p>
          ))}
        </section>
      ))}
      <OperatorContact contact={settings.operatorContact} />
      <p className="text-lg">{t("accessibility")}</p>
      <p className="text-lg">
        <Link href={ACCESSIBILITY_PATH}>{t("accessibilityLink")}</Link>
      </p>
    </Prose>
  );
}
