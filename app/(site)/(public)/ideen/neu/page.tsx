import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { listCategories } from "@/lib/concerns/queries";
import { listLocalities } from "@/lib/district/queries";
import { getIdeaSettings } from "@/lib/ideas/queries";
import { SubmitIdeaForm } from "./submit-idea-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ideas.form"))("title") };
}

export default async function NewIdeaPage() {
  const user = await requirePageAccess("idea.submit");
  const [t, categories, localities, settings] = await Promise.all([getTranslations("ideas.form"), listCategories(), listLocalities(), getIdeaSettings()]);
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <div className="flex flex-col gap-3">
        <h1>{t("title")}</h1>
        <p>{t("intro", { threshold: settings.supportThreshold, days: settings.answerDays })}</p>
      </div>
      <SubmitIdeaForm categories={categories.map((c) => ({ id: c.id, name: c.name, departmentName: c.departmentName }))} localities={localities} defaultLocalityId={user.localityId} />
    </div>
  );
}
