"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { decideRequestAction } from "@/lib/spaces/actions";
import { decideRequestSchema } from "@/lib/spaces/schemas";

/** An organiser answers one request, with an optional message the person receives. */
export function DecideRequestForm({ spaceId, userId, name }: { spaceId: string; userId: string; name: string }) {
  const t = useTranslations("spaces.members");
  const message = useFieldErrorMessage("spaces");
  const router = useRouter();
  const { form, onSubmit, status, pending } = useActionForm({
    schema: decideRequestSchema,
    action: decideRequestAction,
    defaultValues: { spaceId, userId, approve: "yes", message: "" },
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <TextAreaField label={t("answerMessage", { name })} rows={2} error={message(form.formState.errors.message?.message)} {...form.register("message")} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending} className="min-h-11" onClick={() => form.setValue("approve", "yes")}>
          {t("approve", { name })}
        </Button>
        <Button type="submit" variant="secondary" pending={pending} className="min-h-11" onClick={() => form.setValue("approve", "no")}>
          {t("decline", { name })}
        </Button>
      </div>
      <FormStatus status={status} />
    </form>
  );
}
