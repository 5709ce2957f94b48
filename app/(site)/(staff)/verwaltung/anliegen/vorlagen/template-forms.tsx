"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { z } from "zod";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { serialIdSchema } from "@/lib/action/serial-id";
import { addReplyTemplateAction, removeReplyTemplateAction } from "@/lib/concerns/configuration-actions";
import { replyTemplateSchema } from "@/lib/concerns/schemas";

export function AddTemplateForm() {
  const t = useTranslations("concerns.templates");
  const message = useFieldErrorMessage("concerns");
  const router = useRouter();
  const { form, onSubmit, status, pending } = useActionForm({
    schema: replyTemplateSchema,
    action: addReplyTemplateAction,
    defaultValues: { title: "", body: "" },
    onSuccess: () => {
      form.reset({ title: "", body: "" });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <TextField label={t("titleLabel")} error={message(form.formState.errors.title?.message)} {...form.register("title")} />
      <TextAreaField label={t("bodyLabel")} rows={5} error={message(form.formState.errors.body?.message)} {...form.register("body")} />
      <div>
        <Button type="submit" pending={pending} className="min-h-11">
          {t("add")}
        </Button>
      </div>
      <FormStatus status={status} success={t("added")} />
    </form>
  );
}

const removeSchema = z.object({ id: serialIdSchema("invalid") });

export function RemoveTemplateButton({ id, title }: { id: number; title: string }) {
  const t = useTranslations("concerns.templates");
  const router = useRouter();
  const { onSubmit, status, pending } = useActionForm({ schema: removeSchema, action: removeReplyTemplateAction, defaultValues: { id }, onSuccess: () => router.refresh() });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      <div>
        <Button type="submit" variant="secondary" pending={pending} aria-label={t("removeLabel", { title })} className="min-h-11">
          {t("remove")}
        </Button>
      </div>
      <FormStatus status={status} />
    </form>
  );
}
