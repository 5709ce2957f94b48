import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { MEDIATION_LIST_PATH } from "@/lib/mediation/paths";
import { OpenMediationForm } from "./open-mediation-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mediation.new"))("title") };
}

export default async function NewMediationPage() {
  await requirePageAccess("mediation.open");
  const t = await getTranslations("mediation.new");
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <div className="flex flex-col gap-3">
        <p>
          <Link href={MEDIATION_LIST_PATH}>
            <span aria-hidden="true">←&nbsp;</span>
            {t("back")}
          </Link>
        </p>
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
      </div>
      <OpenMediationForm />
    </div>
  );
}
