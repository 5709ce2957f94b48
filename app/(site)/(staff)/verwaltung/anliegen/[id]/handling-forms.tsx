"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { addStaffNoteAction, claimConcernAction } from "@/lib/concerns/actions";
import { concernIdSchema, staffNoteSchema } from "@/lib/concerns/schemas";

export function ClaimButton({ id }: { id: string }) {
  const t = useTranslations("concerns.handle");
  const router = useRouter();
  const { onSubmit, status, pending } = useActionForm({ schema: concernIdSchema, action: claimConcernAction, defaultValues: { id }, onSuccess: () => router.refresh() });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      <div>
        <Button type="submit" variant="secondary" pending={pending} className="min-h-11">
          {t("claim")}
        </Button>
      </div>
      <FormStatus status={status} success={t("claimed")} />
    </form>
  );
}

/** An internal note: only staff see it. */
export function NoteForm({ id }: { id: string }) {
  const t = useTranslations("concerns.handle");
  const message = useFieldErrorMessage("concerns");
  const router = useRouter();
  const { form, onSubmit, status, pending } = useActionForm({
    schema: staffNoteSchema,
    action: addStaffNoteAction,
    defaultValues: { id, body: "" },
    onSuccess: () => {
      form.reset({ id, body: "" });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <TextAreaField label={t("noteLabel")} rows={3} error={message(form.formState.errors.body?.message)} {...form.register("body")} />
      <div>
        <Button type="submit" variant="secondary" pending={pending} className="min-h-11">
          {t("noteSubmit")}
        </Button>
      </div>
      <FormStatus status={status} success={t("noteAdded")} />
    </form>
  );
}
