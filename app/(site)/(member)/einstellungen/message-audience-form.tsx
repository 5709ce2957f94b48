"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { RadioGroup } from "@/components/ui/radio-group";
import { messageAudiences } from "@/db/schema/messages";
import { saveMessageSettingsAction } from "@/lib/messages/actions";
import { messageSettingsSchema } from "@/lib/messages/schemas";
import type { MessageAudience } from "@/lib/policy";

/** "Wer darf mir schreiben": answering in existing conversations always works; this decides who may start one. */
export function MessageAudienceForm({ audience }: { audience: MessageAudience }) {
  const t = useTranslations("messages.settings");
  const message = useFieldErrorMessage("messages");
  const { form, onSubmit, status, pending } = useActionForm({ schema: messageSettingsSchema, action: saveMessageSettingsAction, defaultValues: { audience } });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <RadioGroup
        legend={t("audience")}
        description={t("audienceHint")}
        options={messageAudiences.map((value) => ({ value, label: t(`audiences.${value}.label`), hint: t(`audiences.${value}.hint`) }))}
        error={message(form.formState.errors.audience?.message)}
        inputProps={form.register("audience")}
      />
      <div>
        <Button type="submit" pending={pending}>
          {t("save")}
        </Button>
      </div>
      <FormStatus status={status} success={t("saved")} />
    </form>
  );
}
