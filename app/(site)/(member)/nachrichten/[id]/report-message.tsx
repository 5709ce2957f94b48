"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { RadioGroup } from "@/components/ui/radio-group";
import { TextAreaField } from "@/components/ui/field";
import { reportReasons } from "@/db/schema/moderation";
import { reportMessageAction } from "@/lib/messages/actions";
import { REPORT_CONTEXT_SIZE, reportMessageSchema } from "@/lib/messages/schemas";

/**
 * "Melden" under someone else's message: a disclosure with reason, explanation and the consent to send the
 * messages before it along. The form says exactly what the moderators will see.
 */
export function ReportMessage({ messageId, senderName }: { messageId: string; senderName: string }) {
  const t = useTranslations("messages.report");
  const tReasons = useTranslations("conduct.reasons");
  const message = useFieldErrorMessage("messages");
  const [sent, setSent] = useState(false);
  const id = useId();
  const { form, onSubmit, status, pending } = useActionForm({
    schema: reportMessageSchema,
    action: reportMessageAction,
    defaultValues: { messageId, explanation: "", includeContext: true },
    onSuccess: () => setSent(true),
  });
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-blue-900 underline">{t("open", { name: senderName })}</summary>
      {sent ? (
        <FormStatus status={status} success={t("sent")} />
      ) : (
        <form onSubmit={onSubmit} noValidate className="mt-3 flex flex-col gap-4 rounded-md border border-slate-400 bg-slate-50 p-4 text-base">
          <input type="hidden" {...form.register("messageId")} />
          <RadioGroup
            legend={t("reason")}
            options={reportReasons.map((reason) => ({ value: reason, label: tReasons(reason) }))}
            error={message(form.formState.errors.reason?.message)}
            inputProps={form.register("reason")}
          />
          <TextAreaField label={t("explanation")} rows={3} maxLength={2000} error={message(form.formState.errors.explanation?.message)} {...form.register("explanation")} />
          <p>{t("whatModeratorsSee")}</p>
          <div className="flex items-start gap-2">
            <input id={`${id}-context`} type="checkbox" className="mt-1 size-4 accent-blue-800" aria-describedby={`${id}-context-hint`} {...form.register("includeContext")} />
            <div className="flex flex-col gap-0.5">
              <label htmlFor={`${id}-context`}>{t("includeContext", { count: REPORT_CONTEXT_SIZE })}</label>
              <p id={`${id}-context-hint`} className="text-sm text-slate-700">
                {t("includeContextHint")}
              </p>
            </div>
          </div>
          <div>
            <Button type="submit" pending={pending}>
              {t("submit")}
            </Button>
          </div>
          <FormStatus status={status} />
        </form>
      )}
    </details>
  );
}
