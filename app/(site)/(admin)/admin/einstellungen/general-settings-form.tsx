"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { updateDistrictSettingsAction } from "@/lib/district/actions";
import type { EditableDistrictSettings } from "@/lib/district/queries";
import { districtSettingsSchema, MAX_VERIFICATION_CODE_VALIDITY_DAYS } from "@/lib/district/schemas";

export function GeneralSettingsForm({ defaults }: { defaults: EditableDistrictSettings }) {
  const t = useTranslations("district.settings.general");
  const [changed, setChanged] = useState(0);
  const { form, onSubmit, status, pending } = useActionForm({
    schema: districtSettingsSchema,
    action: updateDistrictSettingsAction,
    defaultValues: defaults,
    onSuccess: (data) => setChanged(data.changed),
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <TextField label={t("platformName")} description={t("platformNameHint")} error={errors.platformName?.message} {...form.register("platformName")} />
      <TextField label={t("districtName")} description={t("districtNameHint")} error={errors.districtName?.message} {...form.register("districtName")} />
      <TextAreaField
        label={t("operatorContact")}
        description={t("operatorContactHint")}
        rows={5}
        error={errors.operatorContact?.message}
        {...form.register("operatorContact")}
      />
      <TextField
        label={t("validityDays")}
        description={t("validityDaysHint")}
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_VERIFICATION_CODE_VALIDITY_DAYS}
        step={1}
        error={errors.verificationCodeValidityDays?.message}
        {...form.register("verificationCodeValidityDays")}
      />
      <div>
        <Button type="submit" pending={pending}>
          {t("submit")}
        </Button>
      </div>
      <FormStatus status={status} success={changed > 0 ? t("saved") : t("unchanged")} />
    </form>
  );
}
