import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getAnswerDays, listCategories, listDepartmentsWithFlags } from "@/lib/concerns/queries";
import { SettingsHeader } from "../settings-header";
import { getIdeaSettings } from "@/lib/ideas/queries";
import { AnswerDaysForm, HandlesAllForm, SupportThresholdForm } from "./answer-settings-forms";
import { AddCategoryForm, CategoryRow } from "./category-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("district.settings");
  return { title: `${t("nav.concerns")} – ${t("title")}` };
}

/** Concerns in the district's configuration: the answer period, categories → department, departments that handle all. */
export default async function ConcernSettingsPage() {
  await requirePageAccess("admin.settings.update");
  const [t, tIdeas, days, ideaSettings, categories, departments] = await Promise.all([
    getTranslations("concerns.settings"),
    getTranslations("ideas.settings"),
    getAnswerDays(),
    getIdeaSettings(),
    listCategories(),
    listDepartmentsWithFlags(),
  ]);
  const departmentOptions = departments.map((d) => ({ id: d.id, name: d.name }));
  return (
    <div className="flex max-w-3xl flex-col gap-10">
      <SettingsHeader current="concerns" />
      <section aria-labelledby="concern-period" className="flex flex-col gap-3">
        <h2 id="concern-period">{t("periodTitle")}</h2>
        <p>{t("periodIntro")}</p>
        <AnswerDaysForm days={days} />
      </section>
      <section aria-labelledby="idea-threshold" className="flex flex-col gap-3">
        <h2 id="idea-threshold">{tIdeas("thresholdTitle")}</h2>
        <p>{tIdeas("thresholdIntro")}</p>
        <SupportThresholdForm threshold={ideaSettings.supportThreshold} />
      </section>
      <section aria-labelledby="concern-categories" className="flex flex-col gap-3">
        <h2 id="concern-categories">{t("categoriesTitle")}</h2>
        <p>{t("categoriesIntro")}</p>
        {categories.length === 0 ? (
          <p>{t("noCategories")}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {categories.map((c) => (
              <li key={c.id} className="rounded-lg border border-slate-300 bg-white p-4">
                <CategoryRow category={{ id: c.id, name: c.name, departmentId: c.departmentId }} departments={departmentOptions} />
              </li>
            ))}
          </ul>
        )}
        <h3 className="font-semibold">{t("addTitle")}</h3>
        <AddCategoryForm departments={departmentOptions} />
      </section>
      <section aria-labelledby="concern-handles-all" className="flex flex-col gap-3">
        <h2 id="concern-handles-all">{t("handlesAllTitle")}</h2>
        <p>{t("handlesAllIntro")}</p>
        <ul className="flex flex-col gap-3">
          {departments.map((d) => (
            <li key={d.id}>
              <HandlesAllForm departmentId={d.id} name={d.name} handlesAll={d.handlesAll} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
