"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { loadPage } from "@/components/forms/load-page";
import { useActionForm } from "@/components/forms/use-action-form";
import { RadioGroup } from "@/components/ui/radio-group";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { decideAppealAction } from "@/lib/moderation/actions";
import { moderationAppealPath } from "@/lib/moderation/paths";
import { decideAppealSchema, FACTS_MAX_LENGTH } from "@/lib/moderation/schemas";

/** Upholds or reverses the decision under appeal, with a note the appellant reads. The page reloads with the outcome. */
export function AppealForm({ appealId }: { appealId: string }) {
  const t = useTranslations("moderation.appealForm");
  const message = useFieldErrorMessage("conduct");
  const { form, onSubmit, status, pending } = useActionForm({
    schema: decideAppealSchema,
    action: decideAppealAction,
    defaultValues: { appealId, note: "" },
    onSuccess: () => loadPage(`${moderationAppealPath(appealId)}#ergebnis`),
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("label")} className="flex flex-col gap-5 rounded-lg border border-slate-300 bg-white p-4">
      <input type="hidden" {...form.register("appealId")} />
      <RadioGroup
        legend={t("outcome")}
        options={(["upheld", "reversed"] as const).map((value) => ({ value, label: t(`outcomes.${value}`), hint: t(`hints.${value}`) }))}
        error={message(errors.outcome?.message)}
        inputProps={form.register("outcome")}
      />
      <TextAreaField
        label={t("note")}
        description={t("noteHint")}
        rows={5}
        maxLength={FACTS_MAX_LENGTH}
        error={message(errors.note?.message)}
        {...form.register("note")}
      />
      <div>
        <Button type="submit" pending={pending}>
          {t("submit")}
        </Button>
      </div>
      <FormStatus status={status} />
    </form>
  );
}
