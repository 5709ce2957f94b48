import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MediationCaseTable } from "@/components/moderation/mediation-case-table";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { listOwnMediationCases } from "@/lib/mediation/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mediation.own"))("title") };
}

/** The mediation cases the signed-in member is a party to. */
export default async function OwnMediationCasesPage() {
  const actor = await requirePageAccess("area.member");
  const [t, cases] = await Promise.all([getTranslations("mediation.own"), listOwnMediationCases(actor.id)]);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3">
        <h1 id="own-cases">{t("title")}</h1>
        <p>{t("intro")}</p>
      </div>
      {cases.length === 0 ? <p>{t("empty")}</p> : <MediationCaseTable cases={cases} labelledBy="own-cases" viewerId={actor.id} />}
    </div>
  );
}
