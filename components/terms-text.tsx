import { getLocale, getTranslations } from "next-intl/server";
import type { CurrentTerms } from "@/lib/district/queries";
import { termsParagraphs } from "@/lib/terms/schemas";

/**
 * A terms version as members read it: the German text, or the English translation when the UI is
 * English and one exists, with a note that only the German text binds. The text carries its own
 * language, so screen readers pronounce German text as German inside an English page.
 */
export async function TermsText({ terms }: { terms: Pick<CurrentTerms, "body" | "bodyEn"> }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("district.termsText")]);
  const translated = locale !== "de" && terms.bodyEn ? terms.bodyEn : null;
  const textLocale = translated ? locale : "de";
  return (
    <>
      {locale !== "de" && (
        <p className="rounded-md border border-slate-400 bg-slate-100 px-4 py-3">{translated ? t("translationNote") : t("noTranslation")}</p>
      )}
      <div lang={textLocale === locale ? undefined : textLocale} className="flex flex-col gap-3">
        {termsParagraphs(translated ?? terms.body).map((paragraph, index) => (
          // Paragraphs have no identity of their own; their position is what they are.
          <p key={index} className="whitespace-pre-line">
            {paragraph}
          </p>
        ))}
      </div>
    </>
  );
}
