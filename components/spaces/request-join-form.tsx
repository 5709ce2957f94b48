"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { requestJoinAction } from "@/lib/spaces/actions";
import { requestJoinSchema } from "@/lib/spaces/schemas";

export function RequestJoinForm({ spaceId }: { spaceId: string }) {
  const t = useTranslations("spaces.membership");
  const message = useFieldErrorMessage("spaces");
  const router = useRouter();
  const { form, onSubmit, status, pending } = useActionForm({
    schema: requestJoinSchema,
    action: requestJoinAction,
    defaultValues: { spaceId, message: "" },
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <TextAreaField label={t("requestMessage")} description={t("requestMessageHint")} rows={3} error={message(form.formState.errors.message?.message)} {...form.register("message")} />
      <div>
        <Button type="submit" pending={pending} className="min-h-11">
          {t("request")}
        </Button>
      </div>
      <FormStatus status={status} success={t("requested")} />
    </form>
  );
}
