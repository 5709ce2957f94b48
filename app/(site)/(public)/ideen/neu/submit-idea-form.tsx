"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormStatus } from "@/components/forms/form-status";
import { LocalitySelect } from "@/components/forms/locality-select";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import type { Locality } from "@/lib/district/queries";
import { submitIdeaAction } from "@/lib/ideas/actions";
import { ideaPath } from "@/lib/ideas/paths";
import { submitIdeaSchema } from "@/lib/ideas/schemas";
import { SimilarIdeas } from "./similar-ideas";

export function SubmitIdeaForm({
  categories,
  localities,
  defaultLocalityId,
}: {
  categories: Array<{ id: number; name: string; departmentName: string | null }>;
  localities: Locality[];
  defaultLocalityId: number | null;
}) {
  const t = useTranslations("ideas.form");
  const message = useFieldErrorMessage("ideas");
  const router = useRouter();
  const { form, onSubmit, status, pending } = useActionForm({
    schema: submitIdeaSchema,
    action: submitIdeaAction,
    defaultValues: { title: "", description: "", categoryId: "" as never, localityId: (defaultLocalityId ?? "") as never },
    onSuccess: (data) => router.push(ideaPath(data!.id)),
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <TextField label={t("titleLabel")} description={t("titleHint")} autoComplete="off" error={message(errors.title?.message)} {...form.register("title")} />
      <SimilarIdeas title={form.watch("title") ?? ""} />
      <TextAreaField label={t("descriptionLabel")} rows={6} error={message(errors.description?.message)} {...form.register("description")} />
      <SelectField label={t("categoryLabel")} description={t("categoryHint")} error={message(errors.categoryId?.message)} {...form.register("categoryId")}>
        <option value="">{t("categoryPlaceholder")}</option>
        {categories.map((c) => (
          <option key={c.id} value={c.id}>
            {c.departmentName ? t("categoryOption", { name: c.name, department: c.departmentName }) : c.name}
          </option>
        ))}
      </SelectField>
      <LocalitySelect label={t("localityLabel")} localities={localities} error={message(errors.localityId?.message)} {...form.register("localityId")} />
      <div>
        <Button type="submit" pending={pending} className="min-h-11">
          {t("submit")}
        </Button>
      </div>
      <FormStatus status={status} success={t("submitted")} />
    </form>
  );
}
