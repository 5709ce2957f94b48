"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { LocalitySelect } from "@/components/forms/locality-select";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import type { Locality } from "@/lib/district/queries";
import { updateProfileAction } from "@/lib/users/actions";
import { updateProfileSchema } from "@/lib/users/schemas";

export function ProfileForm({ localities, defaults }: { localities: Locality[]; defaults: { displayName: string; localityId?: number } }) {
  const t = useTranslations();
  const { form, onSubmit, status, pending } = useActionForm({ schema: updateProfileSchema, action: updateProfileAction, defaultValues: defaults });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <TextField label={t("auth.profile.displayName")} autoComplete="nickname" error={errors.displayName?.message} {...form.register("displayName")} />
      <LocalitySelect label={t("auth.profile.locality")} localities={localities} error={errors.localityId?.message} {...form.register("localityId")} />
      <div>
        <Button type="submit" pending={pending}>
          {t("account.settings.save")}
        </Button>
      </div>
      <FormStatus status={status} success={t("account.settings.saved")} />
    </form>
  );
}
