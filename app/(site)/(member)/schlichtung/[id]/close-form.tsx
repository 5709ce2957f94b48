"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { loadPage } from "@/components/forms/load-page";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { closeMediationAction } from "@/lib/mediation/actions";
import { mediationPath } from "@/lib/mediation/paths";
import { closeMediationSchema, MEDIATION_MESSAGE_MAX_LENGTH } from "@/lib/mediation/schemas";

/** For moderators: closes the case with the outcome note the parties read. The page reloads showing it. */
export function CloseForm({ caseId }: { caseId: string }) {
  const t = useTranslations("mediation.closeForm");
  const message = useFieldErrorMessage("conduct");
  const { form, onSubmit, status, pending } = useActionForm({
    schema: closeMediationSchema,
    action: closeMediationAction,
    defaultValues: { caseId, outcomeNote: "" },
    onSuccess: () => loadPage(`${mediationPath(caseId)}#ergebnis`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <input type="hidden" {...form.register("caseId")} />
      <TextAreaField
        label={t("label")}
        description={t("hint")}
        rows={4}
        maxLength={MEDIATION_MESSAGE_MAX_LENGTH}
        error={message(form.formState.errors.outcomeNote?.message)}
        {...form.register("outcomeNote")}
      />
      <div>
        <Button type="submit" variant="secondary" pending={pending}>
          {t("submit")}
        </Button>
      </div>
      <FormStatus status={status} />
    </form>
  );
}
