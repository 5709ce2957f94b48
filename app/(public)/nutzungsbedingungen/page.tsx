import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Prose } from "@/components/prose";
import { getDistrictSettings } from "@/lib/district/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("legal.terms"))("title") };
}

export default async function TermsPage() {
  const [settings, t] = await Promise.all([getDistrictSettings(), getTranslations("legal.terms")]);
  const rules = t.raw("rules") as string[];
  return (
    <Prose>
      <h1>{t("title")}</h1>
      <p>{t("version", { version: settings.termsVersion })}</p>
      <ol className="list-decimal space-y-2 pl-6">
        {rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ol>
    </Prose>
  );
}
