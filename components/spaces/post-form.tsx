"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { createPostAction } from "@/lib/spaces/actions";
import { postSchema } from "@/lib/spaces/schemas";

export function PostForm({ spaceId }: { spaceId: string }) {
  const t = useTranslations("spaces.stream");
  const message = useFieldErrorMessage("spaces");
  const router = useRouter();
  const { form, onSubmit, status, pending } = useActionForm({
    schema: postSchema,
    action: createPostAction,
    defaultValues: { spaceId, body: "" },
    onSuccess: () => {
      form.reset({ spaceId, body: "" });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <TextAreaField label={t("newPost")} description={t("markdownHint")} rows={4} error={message(form.formState.errors.body?.message)} {...form.register("body")} />
      <div>
        <Button type="submit" pending={pending} className="min-h-11">
          {t("publish")}
        </Button>
      </div>
      <FormStatus status={status} success={t("published")} />
    </form>
  );
}
