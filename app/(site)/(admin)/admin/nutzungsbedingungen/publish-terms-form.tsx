"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { publishTermsAction } from "@/lib/terms/actions";
import { publishTermsSchema } from "@/lib/terms/schemas";

/**
 * Starts from the text in force, so an admin edits rather than retypes. After publishing, the page
 * shows the new version (the action revalidates it); the admin accepts it on their next click.
 */
export function PublishTermsForm({ defaults }: { defaults: { body: string; bodyEn: string } }) {
  const t = useTranslations("district.terms");
  const [published, setPublished] = useState<number | null>(null);
  const { form, onSubmit, status, pending } = useActionForm({
    schema: publishTermsSchema,
    action: publishTermsAction,
    defaultValues: { ...defaults, changeSummary: "" },
    onSuccess: (data) => {
      setPublished(data.version);
      form.reset({ ...form.getValues(), changeSummary: "" });
    },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <TextAreaField label={t("body")} description={t("bodyHint")} rows={16} lang="de" error={errors.body?.message} {...form.register("body")} />
      <TextAreaField label={t("bodyEn")} description={t("bodyEnHint")} rows={10} lang="en" error={errors.bodyEn?.message} {...form.register("bodyEn")} />
      <TextAreaField
        label={t("changeSummaryLabel")}
        description={t("changeSummaryHint")}
        rows={3}
        error={errors.changeSummary?.message}
        {...form.register("changeSummary")}
      />
      <div>
        <Button type="submit" pending={pending}>
          {t("submit")}
        </Button>
      </div>
      <FormStatus status={status} success={published !== null && t("published", { version: published })} />
    </form>
  );
}
