"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { addCommentAction } from "@/lib/announcements/comments/actions";
import { addCommentSchema, COMMENT_MAX_LENGTH } from "@/lib/announcements/comments/schemas";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";

/** A new comment. On success the field empties; on any error what was typed stays. */
export function CommentForm({ announcementId }: { announcementId: string }) {
  const t = useTranslations("announcements.comments");
  const message = useFieldErrorMessage("comments");
  const { form, onSubmit, status, pending } = useActionForm({
    schema: addCommentSchema,
    action: addCommentAction,
    defaultValues: { announcementId, body: "" },
    onSuccess: (): void => form.reset({ announcementId, body: "" }),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <input type="hidden" {...form.register("announcementId")} />
      <TextAreaField
        label={t("label")}
        description={t("hint", { max: COMMENT_MAX_LENGTH })}
        rows={4}
        error={message(form.formState.errors.body?.message)}
        {...form.register("body")}
      />
      <div>
        <Button type="submit" pending={pending}>
          {t("submit")}
        </Button>
      </div>
      <FormStatus status={status} success={t("posted")} />
    </form>
  );
}
