"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { sendMessageAction } from "@/lib/messages/actions";
import { MESSAGE_MAX_LENGTH, sendMessageSchema } from "@/lib/messages/schemas";

/** A further message. On success the field empties and the history shows it; on error the text stays. */
export function ReplyForm({ conversationId }: { conversationId: string }) {
  const t = useTranslations("messages.reply");
  const message = useFieldErrorMessage("messages");
  const router = useRouter();
  const { form, onSubmit, status, pending } = useActionForm({
    schema: sendMessageSchema,
    action: sendMessageAction,
    defaultValues: { conversationId, body: "" },
    onSuccess: () => {
      form.reset({ conversationId, body: "" });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <input type="hidden" {...form.register("conversationId")} />
      <TextAreaField
        label={t("label")}
        description={t("hint", { max: MESSAGE_MAX_LENGTH })}
        rows={4}
        maxLength={MESSAGE_MAX_LENGTH}
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
