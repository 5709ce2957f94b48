"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { Controller } from "react-hook-form";
import { FormStatus } from "@/components/forms/form-status";
import { PersonPicker } from "@/components/forms/person-picker";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { findRecipientsAction, startConversationAction } from "@/lib/messages/actions";
import { conversationPath } from "@/lib/messages/paths";
import { MESSAGE_MAX_LENGTH, startConversationSchema } from "@/lib/messages/schemas";

/** Recipients (picked by name, or typed as usernames), a group's name once there are two or more, and the first message. */
export function NewConversationForm() {
  const t = useTranslations("messages.new");
  const message = useFieldErrorMessage("messages");
  const router = useRouter();
  const { form, onSubmit, status, pending } = useActionForm({
    schema: startConversationSchema,
    action: startConversationAction,
    defaultValues: { recipients: "", title: "", body: "" },
    onSuccess: ({ id }) => router.push(conversationPath(id)),
  });
  const errors = form.formState.errors;
  // The server names the people who cannot be written to; they come with the result, not with the field.
  const params = status.kind === "error" ? status.params : undefined;
  const search = useCallback(async (q: string) => {
    const result = await findRecipientsAction({ q });
    return result.ok ? result.data.people : [];
  }, []);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <Controller
        control={form.control}
        name="recipients"
        render={({ field }) => (
          <PersonPicker
            label={t("recipients")}
            description={t("recipientsHint")}
            name={field.name}
            value={field.value ?? ""}
            onChange={field.onChange}
            search={search}
            error={errors.recipients?.message}
            errorParams={params}
            errorScope="messages"
          />
        )}
      />
      <TextField label={t("groupTitle")} description={t("groupTitleHint")} maxLength={120} error={message(errors.title?.message)} {...form.register("title")} />
      <TextAreaField
        label={t("body")}
        description={t("bodyHint", { max: MESSAGE_MAX_LENGTH })}
        rows={5}
        maxLength={MESSAGE_MAX_LENGTH}
        error={message(errors.body?.message)}
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
