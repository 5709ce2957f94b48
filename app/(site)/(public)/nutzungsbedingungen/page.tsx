import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Prose } from "@/components/prose";
import { TermsText } from "@/components/terms-text";
import { getCurrentTerms } from "@/lib/district/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("legal.terms"))("title") };
}

/** The version in force, as published by the district's admins. */
export default async function TermsPage() {
  const [terms, t, tText, format] = await Promise.all([
    getCurrentTerms(),
    getTranslations("legal.terms"),
    getTranslations("district.termsText"),
    getFormatter(),
  ]);
  return (
    <Prose>
      <h1>{t("title")}</h1>
      <p className="text-slate-800">{tText("meta", { version: terms.version, date: format.dateTime(terms.publishedAt, { dateStyle: "long" }) })}</p>
      <TermsText terms={terms} />
    </Prose>
  );
}
