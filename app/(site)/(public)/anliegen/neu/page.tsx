import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { listCategories, getAnswerDays } from "@/lib/concerns/queries";
import { listLocalities } from "@/lib/district/queries";
import { FileConcernForm } from "./file-concern-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("concerns.form"))("title") };
}

export default async function NewConcernPage() {
  const user = await requirePageAccess("concern.submit");
  const [t, categories, localities, answerDays] = await Promise.all([getTranslations("concerns.form"), listCategories(), listLocalities(), getAnswerDays()]);
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <div className="flex flex-col gap-3">
        <h1>{t("title")}</h1>
        <p>{t("intro", { days: answerDays })}</p>
      </div>
      <FileConcernForm categories={categories.map((c) => ({ id: c.id, name: c.name, departmentName: c.departmentName }))} localities={localities} defaultLocalityId={user.localityId} />
    </div>
  );
}
