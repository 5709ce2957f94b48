"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { updateLegalSettingsAction } from "@/lib/privacy/actions";
import { legalSettingsSchema, MAX_AUDIT_RETENTION_MONTHS, MIN_AUDIT_RETENTION_MONTHS, type LegalSettingsInput } from "@/lib/privacy/schemas";

export function LegalSettingsForm({ defaults }: { defaults: LegalSettingsInput }) {
  const t = useTranslations("privacy.legalSettings");
  const [changed, setChanged] = useState(0);
  const { form, onSubmit, status, pending } = useActionForm({
    schema: legalSettingsSchema,
    action: updateLegalSettingsAction,
    defaultValues: defaults,
    onSuccess: (data) => setChanged(data.changed),
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <TextAreaField label={t("dpo")} description={t("dpoHint")} rows={4} error={errors.dataProtectionOfficer?.message} {...form.register("dataProtectionOfficer")} />
      <TextAreaField label={t("authority")} description={t("authorityHint")} rows={4} error={errors.supervisoryAuthority?.message} {...form.register("supervisoryAuthority")} />
      <TextAreaField label={t("gaps")} description={t("gapsHint")} rows={4} error={errors.accessibilityKnownGaps?.message} {...form.register("accessibilityKnownGaps")} />
      <TextField label={t("reviewedOn")} description={t("reviewedOnHint")} type="date" error={errors.accessibilityReviewedOn?.message} {...form.register("accessibilityReviewedOn")} />
      <TextField
        label={t("auditMonths")}
        description={t("auditMonthsHint")}
        type="number"
        inputMode="numeric"
        min={MIN_AUDIT_RETENTION_MONTHS}
        max={MAX_AUDIT_RETENTION_MONTHS}
        step={1}
        error={errors.auditRetentionMonths?.message}
        {...form.register("auditRetentionMonths")}
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
