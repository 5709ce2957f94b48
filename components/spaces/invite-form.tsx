"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { inviteAction } from "@/lib/spaces/actions";
import { inviteSchema } from "@/lib/spaces/schemas";

export function InviteForm({ spaceId }: { spaceId: string }) {
  const t = useTranslations("spaces.members");
  const message = useFieldErrorMessage("spaces");
  const router = useRouter();
  const { form, onSubmit, status, pending } = useActionForm({
    schema: inviteSchema,
    action: inviteAction,
    defaultValues: { spaceId, username: "" },
    onSuccess: () => {
      form.reset({ spaceId, username: "" });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <TextField label={t("inviteUsername")} autoComplete="off" error={message(form.formState.errors.username?.message)} {...form.register("username")} />
      <div>
        <Button type="submit" pending={pending} className="min-h-11">
          {t("invite")}
        </Button>
      </div>
      <FormStatus status={status} success={t("invited")} />
    </form>
  );
}
