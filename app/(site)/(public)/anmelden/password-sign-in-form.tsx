"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { loadPage } from "@/components/forms/load-page";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { signInWithPasswordAction } from "@/lib/auth/actions";
import { passwordSignInSchema } from "@/lib/auth/schemas";

export function PasswordSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth.signIn");
  const { form, onSubmit, status, pending } = useActionForm({
    schema: passwordSignInSchema,
    action: signInWithPasswordAction,
    defaultValues: { identifier: "", password: "" },
    onSuccess: () => loadPage(callbackUrl),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <TextField label={t("identifier")} autoComplete="username" error={form.formState.errors.identifier?.message} {...form.register("identifier")} />
      <TextField
        label={t("password")}
        type="password"
        autoComplete="current-password"
        error={form.formState.errors.password?.message}
        {...form.register("password")}
      />
      <div>
        <Button type="submit" pending={pending}>
          {t("submit")}
        </Button>
      </div>
      <FormStatus status={status} />
    </form>
  );
}
