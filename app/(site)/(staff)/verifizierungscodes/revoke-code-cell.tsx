"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { revokeVerificationCodeAction } from "@/lib/verification/actions";
import { revokeCodeSchema } from "@/lib/verification/schemas";
import { useAnnounceRevocation } from "./revocation-outcome";

/** Revoking one open code, after a confirmation in place; the outcome is announced above the list. */
export function RevokeCodeCell({ codeId, reference }: { codeId: string; reference: string }) {
  const t = useTranslations("verification.codes.revoke");
  const announce = useAnnounceRevocation();
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const trigger = useRef<HTMLSpanElement>(null);
  const wasConfirming = useRef(false);
  const { form, onSubmit, status, pending } = useActionForm({
    schema: revokeCodeSchema,
    action: revokeVerificationCodeAction,
    defaultValues: { codeId, reason: "" },
    onSuccess: () => announce(t("success", { reference })),
  });

  // Focus follows the step: into the question, and back to "Widerrufen" on cancel.
  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (wasConfirming.current) trigger.current?.querySelector("button")?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <span ref={trigger}>
        <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
          {t("button")} <span className="sr-only">{t("buttonLabel", { reference })}</span>
        </Button>
      </span>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex min-w-64 flex-col gap-3" aria-label={t("buttonLabel", { reference })}>
      <p ref={question} tabIndex={-1} className="font-medium">
        {t("question", { reference })}
      </p>
      <TextAreaField label={t("reason")} description={t("reasonHint")} error={form.formState.errors.reason?.message} {...form.register("reason")} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" pending={pending}>
          {t("confirm")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
          {t("cancel")}
        </Button>
      </div>
      <FormStatus status={status} />
    </form>
  );
}
