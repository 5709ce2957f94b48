"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { loadPage } from "@/components/forms/load-page";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/field";
import { acceptTermsAction } from "@/lib/terms/actions";
import { acceptTermsSchema } from "@/lib/terms/schemas";

/** Consent to the version shown on the page, and only that one. */
export function AcceptTermsForm({ version }: { version: number }) {
  const t = useTranslations("district.acceptance");
  const { form, onSubmit, status, pending } = useActionForm({
    schema: acceptTermsSchema,
    action: acceptTermsAction,
    defaultValues: { version, accept: false as unknown as true },
    onSuccess: () => loadPage("/"),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <CheckboxField label={t("checkbox", { version })} error={form.formState.errors.accept?.message} {...form.register("accept")} />
      <div>
        <Button type="submit" pending={pending}>
          {t("submit")}
        </Button>
      </div>
      <FormStatus status={status} />
    </form>
  );
}
