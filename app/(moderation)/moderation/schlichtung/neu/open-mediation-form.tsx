"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { loadPage } from "@/components/forms/load-page";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { openMediationAction } from "@/lib/mediation/actions";
import { mediationPath } from "@/lib/mediation/paths";
import { MEDIATION_MESSAGE_MAX_LENGTH, openMediationSchema } from "@/lib/mediation/schemas";

/** Title, the parties by username and the first message; on success the new case's thread opens. */
export function OpenMediationForm() {
  const t = useTranslations("mediation.new");
  const message = useFieldErrorMessage("conduct");
  const { form, onSubmit, status, pending } = useActionForm({
    schema: openMediationSchema,
    action: openMediationAction,
    defaultValues: { title: "", parties: "", message: "" },
    onSuccess: ({ caseId }) => loadPage(mediationPath(caseId)),
  });
  const errors = form.formState.errors;
  // The server names the usernames it did not find; they come with the result, not with the field.
  const params = status.kind === "error" ? status.params : undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <TextField label={t("titleLabel")} description={t("titleHint")} maxLength={200} error={message(errors.title?.message)} {...form.register("title")} />
      <TextField
        label={t("parties")}
        description={t("partiesHint")}
        autoComplete="off"
        spellCheck={false}
        error={message(errors.parties?.message, params)}
        {...form.register("parties")}
      />
      <TextAreaField
        label={t("message")}
        description={t("messageHint")}
        rows={6}
        maxLength={MEDIATION_MESSAGE_MAX_LENGTH}
        error={message(errors.message?.message)}
        {...form.register("message")}
      />
      <div>
        <Button type="submit" pending={pending}>
          {t("submit")}
        </Button>
      </div>
      <FormStatus status={status} success={t("opened")} />
    </form>
  );
}
