"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { loadPage } from "@/components/forms/load-page";
import { LocalitySelect } from "@/components/forms/locality-select";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { CheckboxField, TextField } from "@/components/ui/field";
import type { Locality } from "@/lib/district/queries";
import { completeProfileAction } from "@/lib/users/actions";
import { completeProfileSchema } from "@/lib/users/schemas";

export function CompleteProfileForm({
  localities,
  termsVersion,
  defaults,
}: {
  localities: Locality[];
  termsVersion: number;
  defaults: { username: string; displayName: string; localityId?: number };
}) {
  const t = useTranslations("auth.profile");
  const { form, onSubmit, status, pending } = useActionForm({
    schema: completeProfileSchema,
    action: completeProfileAction,
    defaultValues: { ...defaults, acceptTerms: false as unknown as true },
    onSuccess: () => loadPage("/"),
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <TextField label={t("username")} description={t("usernameHint")} autoComplete="username" error={errors.username?.message} {...form.register("username")} />
      <TextField label={t("displayName")} description={t("displayNameHint")} autoComplete="nickname" error={errors.displayName?.message} {...form.register("displayName")} />
      <LocalitySelect label={t("locality")} description={t("localityHint")} localities={localities} error={errors.localityId?.message} {...form.register("localityId")} />
      <div className="flex flex-col gap-1">
        <CheckboxField label={t("acceptTerms", { version: termsVersion })} error={errors.acceptTerms?.message} {...form.register("acceptTerms")} />
        <a href="/nutzungsbedingungen" target="_blank" rel="noopener" className="ml-7 text-sm">
          {t("termsLink")}
        </a>
      </div>
      <div>
        <Button type="submit" pending={pending}>
          {t("submit")}
        </Button>
      </div>
      <FormStatus status={status} />
    </form>
  );
}
