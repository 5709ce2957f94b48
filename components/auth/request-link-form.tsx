"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { requestMagicLinkAction } from "@/lib/auth/actions";
import { requestLinkSchema } from "@/lib/auth/schemas";

/** Asks for a sign-in link by e-mail: joining ("Mitmachen") and signing in without a password both use it. */
export function RequestLinkForm({ submitLabel }: { submitLabel?: string }) {
  const t = useTranslations("auth.join");
  const { form, onSubmit, status, pending } = useActionForm({ schema: requestLinkSchema, action: requestMagicLinkAction, defaultValues: { email: "" } });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <TextField
        label={t("email")}
        description={t("emailHint")}
        type="email"
        autoComplete="email"
        error={form.formState.errors.email?.message}
        {...form.register("email")}
      />
      <div>
        <Button type="submit" pending={pending}>
          {submitLabel ?? t("submit")}
        </Button>
      </div>
      <FormStatus status={status} success={t("sent")} />
    </form>
  );
}
