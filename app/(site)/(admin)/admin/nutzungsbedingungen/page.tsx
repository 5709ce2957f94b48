import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getCurrentTerms, listTermsVersions } from "@/lib/district/queries";
import { termsParagraphs } from "@/lib/terms/schemas";
import { AdminNav } from "../admin-nav";
import { PublishTermsForm } from "./publish-terms-form";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("district.terms"))("title") };
}

function Paragraphs({ text, lang }: { text: string; lang?: string }) {
  return (
    <div lang={lang} className="flex flex-col gap-3 rounded-md border border-slate-300 bg-white p-4">
      {termsParagraphs(text).map((paragraph, index) => (
        <p key={index} className="whitespace-pre-line">
          {paragraph}
        </p>
      ))}
    </div>
  );
}

export default async function AdminTermsPage() {
  await requirePageAccess("admin.terms.publish");

  const [t, format, current, versions] = await Promise.all([getTranslations("district.terms"), getFormatter(), getCurrentTerms(), listTermsVersions()]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  const publisher = versions.find((v) => v.version === current.version)?.publishedByName ?? null;

  return (
    <div className="flex flex-col gap-10">
      <div className="flex flex-col gap-4">
        <h1>{t("title")}</h1>
        <AdminNav current="terms" />
        <p>{t("intro")}</p>
      </div>

      <section aria-labelledby="current" className="flex flex-col gap-3">
        <h2 id="current">{t("currentTitle", { version: current.version })}</h2>
        <p>
          {publisher
            ? t("currentMeta", { date: date(current.publishedAt), name: publisher })
            : t("currentMetaUnknown", { date: date(current.publishedAt) })}
        </p>
        {current.changeSummary && (
          <p>
            <span className="font-medium">{t("changeSummary")}:</span> {current.changeSummary}
          </p>
        )}
        <details className="rounded-md border border-slate-300 bg-slate-50 p-3">
          <summary className="cursor-pointer font-medium">{t("showGerman")}</summary>
          <div className="mt-3">
            <Paragraphs text={current.body} lang="de" />
          </div>
        </details>
        {current.bodyEn ? (
          <details className="rounded-md border border-slate-300 bg-slate-50 p-3">
            <summary className="cursor-pointer font-medium">{t("showEnglish")}</summary>
            <div className="mt-3">
              <Paragraphs text={current.bodyEn} lang="en" />
            </div>
          </details>
        ) : (
          <p>{t("noEnglish")}</p>
        )}
      </section>

      <section aria-labelledby="publish" className="flex flex-col gap-4">
        <h2 id="publish">{t("publishTitle")}</h2>
        <p>{t("publishIntro")}</p>
        <PublishTermsForm defaults={{ body: current.body, bodyEn: current.bodyEn ?? "" }} />
      </section>

      <section aria-labelledby="versions" className="flex flex-col gap-4">
        <h2 id="versions">{t("versionsTitle")}</h2>
        {/* Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too. */}
        <DataTable labelledBy="versions" columns={[t("columns.version"), t("columns.publishedAt"), t("columns.publishedBy"), t("columns.changeSummary")]}>
              {versions.map((version) => (
                <tr key={version.version} className="border-t border-slate-200 align-top">
                  <td className="px-3 py-2 whitespace-nowrap">
                    {version.version}
                    {version.version === current.version && <span className="font-medium"> {t("inForce")}</span>}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    <time dateTime={version.publishedAt.toISOString()}>{date(version.publishedAt)}</time>
                  </td>
                  <td className="px-3 py-2">{version.publishedByName ?? t("unknownPublisher")}</td>
                  <td className="px-3 py-2 whitespace-pre-line">{version.changeSummary ?? "–"}</td>
                </tr>
              ))}
        </DataTable>
      </section>
    </div>
  );
}
