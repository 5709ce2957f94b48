"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { redeemVerificationCodeAction } from "@/lib/verification/actions";
import { redeemCodeSchema } from "@/lib/verification/schemas";

/**
 * Redeeming a verification code. On success the action refreshes the page, which then shows the
 * verified state instead of this form; focus moves to the section's heading so that is read out.
 */
export function VerificationCodeForm({ headingId }: { headingId: string }) {
  const t = useTranslations("verification.settings");
  const { form, onSubmit, status, pending } = useActionForm({
    schema: redeemCodeSchema,
    action: redeemVerificationCodeAction,
    defaultValues: { code: "" },
    onSuccess: () => document.getElementById(headingId)?.focus(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <TextField
        label={t("code")}
        description={t("codeHint")}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={64}
        className="w-full rounded-md border border-slate-500 bg-white px-3 py-2 font-mono text-lg tracking-wider text-slate-900 uppercase focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-amber-500 aria-[invalid=true]:border-red-800"
        error={form.formState.errors.code?.message}
        {...form.register("code")}
      />
      <div>
        <Button type="submit" pending={pending}>
          {t("submit")}
        </Button>
      </div>
      <FormStatus status={status} success={t("success")} />
    </form>
  );
}
