"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { setPasswordSchema } from "@/lib/auth/schemas";
import { setPasswordAction } from "@/lib/users/actions";

/** `askCurrent`: the account has a password and the session is not fresh, so changing it needs the current one. */
export function PasswordForm({ askCurrent }: { askCurrent: boolean }) {
  const t = useTranslations("account.settings");
  const router = useRouter();
  const { form, onSubmit, status, pending } = useActionForm({
    schema: setPasswordSchema,
    action: setPasswordAction,
    defaultValues: { currentPassword: "", password: "", confirmation: "" },
    onSuccess: () => {
      form.reset();
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {askCurrent ? (
        <TextField
          label={t("currentPassword")}
          description={t("currentPasswordHint")}
          type="password"
          autoComplete="current-password"
          error={errors.currentPassword?.message}
          {...form.register("currentPassword")}
        />
      ) : null}
      <TextField
        label={t("newPassword")}
        description={t("newPasswordHint")}
        type="password"
        autoComplete="new-password"
        error={errors.password?.message}
        {...form.register("password")}
      />
      <TextField label={t("confirmPassword")} type="password" autoComplete="new-password" error={errors.confirmation?.message} {...form.register("confirmation")} />
      <div>
        <Button type="submit" pending={pending}>
          {t("setPassword")}
        </Button>
      </div>
      <FormStatus status={status} success={t("passwordSaved")} />
    </form>
  );
}
