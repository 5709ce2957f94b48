import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { TermsText } from "@/components/terms-text";
import type { CurrentTerms } from "@/lib/district/queries";
import { AcceptTermsForm } from "./accept-terms-form";

/** For a member whose profile is complete but who has not accepted the version now in force. */
export async function NewTermsStep({ terms, platformName }: { terms: CurrentTerms; platformName: string }) {
  const [t, format, locale] = await Promise.all([getTranslations("district.acceptance"), getFormatter(), getLocale()]);
  return (
    <div className="flex max-w-2xl flex-col gap-8">
      <div className="flex flex-col gap-3">
        <h1>{t("title")}</h1>
        <p className="text-lg">{t("intro", { platform: platformName })}</p>
        <p className="text-slate-800">{t("meta", { version: terms.version, date: format.dateTime(terms.publishedAt, { dateStyle: "long" }) })}</p>
      </div>
      {terms.changeSummary && (
        <section aria-labelledby="changes" className="flex flex-col gap-3 rounded-lg border border-blue-800 bg-blue-50 p-4">
          <h2 id="changes">{t("changesTitle")}</h2>
          {/* Written in German by the district office; marked so screen readers pronounce it right. */}
          <p lang={locale === "de" ? undefined : "de"} className="whitespace-pre-line">
            {terms.changeSummary}
          </p>
        </section>
      )}
      <section aria-labelledby="text" className="flex flex-col gap-3">
        <h2 id="text">{t("textTitle")}</h2>
        <TermsText terms={terms} />
      </section>
      <section aria-labelledby="consent" className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="consent">{t("acceptTitle")}</h2>
        <AcceptTermsForm version={terms.version} />
        <p className="text-sm text-slate-800">
          {t("declineHint")} <Link href="/impressum">{t("imprint")}</Link>
        </p>
      </section>
    </div>
  );
}
