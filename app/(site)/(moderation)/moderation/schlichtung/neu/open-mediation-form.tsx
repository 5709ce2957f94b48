"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { Controller } from "react-hook-form";
import { FormStatus } from "@/components/forms/form-status";
import { loadPage } from "@/components/forms/load-page";
import { PersonPicker, type PickedPerson } from "@/components/forms/person-picker";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { openMediationAction, openMediationFromReportAction, searchMediationPeopleAction } from "@/lib/mediation/actions";
import { mediationPath } from "@/lib/mediation/paths";
import { MEDIATION_MESSAGE_MAX_LENGTH, openMediationFromReportSchema, openMediationSchema } from "@/lib/mediation/schemas";
import type { TargetType } from "@/lib/moderation/targets";

interface OpenMediationFormProps {
  /** The reported target the case is opened from (its review page), if any. */
  source?: { type: TargetType; id: string };
  /** Proposed parties (from the report), with their names for the chips. */
  parties?: PickedPerson[];
  title?: string;
}

/** Title, the parties (picked by name, or typed as usernames) and the first message; on success the new case's thread opens. */
export function OpenMediationForm({ source, parties = [], title = "" }: OpenMediationFormProps) {
  const t = useTranslations("mediation.new");
  const message = useFieldErrorMessage("conduct");
  const { form, onSubmit, status, pending } = useActionForm({
    // One form for both: from a report the target travels along and the stricter rule applies. Without
    // a source the plain schema leaves sourceType/sourceId out, so the field types are the wider ones.
    schema: source ? openMediationFromReportSchema : (openMediationSchema as unknown as typeof openMediationFromReportSchema),
    action: source ? openMediationFromReportAction : (openMediationAction as unknown as typeof openMediationFromReportAction),
    defaultValues: { title, parties: parties.map((p) => p.username).join(", "), message: "", ...(source && { sourceType: source.type, sourceId: source.id }) },
    onSuccess: ({ caseId }) => loadPage(mediationPath(caseId)),
  });
  const errors = form.formState.errors;
  // The server names the usernames it did not find; they come with the result, not with the field.
  const params = status.kind === "error" ? status.params : undefined;
  const search = useCallback(async (q: string) => {
    const result = await searchMediationPeopleAction({ q });
    return result.ok ? result.data.people : [];
  }, []);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {source && (
        <>
          <input type="hidden" {...form.register("sourceType")} />
          <input type="hidden" {...form.register("sourceId")} />
        </>
      )}
      <TextField label={t("titleLabel")} description={t("titleHint")} maxLength={200} error={message(errors.title?.message)} {...form.register("title")} />
      <Controller
        control={form.control}
        name="parties"
        render={({ field }) => (
          <PersonPicker
            label={t("parties")}
            description={t("partiesHint")}
            name={field.name}
            value={field.value ?? ""}
            onChange={field.onChange}
            initial={parties}
            search={search}
            error={errors.parties?.message}
            errorParams={params}
            errorScope="conduct"
          />
        )}
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
