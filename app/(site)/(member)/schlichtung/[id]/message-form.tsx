"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { postMediationMessageAction } from "@/lib/mediation/actions";
import { MEDIATION_MESSAGE_MAX_LENGTH, postMediationMessageSchema } from "@/lib/mediation/schemas";

/** A new message in the case's thread. On success the field empties and the thread shows it; on error the text stays. */
export function MessageForm({ caseId }: { caseId: string }) {
  const t = useTranslations("mediation.messageForm");
  const message = useFieldErrorMessage("conduct");
  const router = useRouter();
  const { form, onSubmit, status, pending } = useActionForm({
    schema: postMediationMessageSchema,
    action: postMediationMessageAction,
    defaultValues: { caseId, body: "" },
    onSuccess: () => {
      form.reset({ caseId, body: "" });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <input type="hidden" {...form.register("caseId")} />
      <TextAreaField
        label={t("label")}
        description={t("hint", { max: MEDIATION_MESSAGE_MAX_LENGTH })}
        rows={5}
        maxLength={MEDIATION_MESSAGE_MAX_LENGTH}
        error={message(form.formState.errors.body?.message)}
        {...form.register("body")}
      />
      <div>
        <Button type="submit" pending={pending}>
          {t("submit")}
        </Button>
      </div>
      <FormStatus status={status} success={t("sent")} />
    </form>
  );
}
