import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MediationCaseTable } from "@/components/moderation/mediation-case-table";
import { ModerationPageHeader } from "@/components/moderation/moderation-nav";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { NEW_MEDIATION_PATH } from "@/lib/mediation/paths";
import { listMediationCases } from "@/lib/mediation/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mediation.list"))("title") };
}

/** Every mediation case, open ones first, and the way to open a new one. */
export default async function MediationCasesPage() {
  const actor = await requirePageAccess("mediation.open");
  const [t, cases] = await Promise.all([getTranslations("mediation.list"), listMediationCases()]);
  return (
    <div className="flex flex-col gap-8">
      <ModerationPageHeader title={t("title")} current="mediation" intro={t("intro")} />
      <p>
        <Link href={NEW_MEDIATION_PATH} className="inline-block rounded-md bg-blue-800 px-4 py-2 font-medium text-white no-underline hover:bg-blue-900 hover:text-white">
          {t("new")}
        </Link>
      </p>
      <section aria-labelledby="cases" className="flex flex-col gap-3">
        <h2 id="cases">{t("casesTitle")}</h2>
        {cases.length === 0 ? <p>{t("empty")}</p> : <MediationCaseTable cases={cases} labelledBy="cases" viewerId={actor.id} />}
      </section>
    </div>
  );
}
