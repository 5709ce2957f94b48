"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { issueVerificationCodeAction } from "@/lib/verification/actions";
import { issueCodeSchema } from "@/lib/verification/schemas";

interface IssuedCode {
  code: string;
  reference: string;
  expiresAt: Date;
}

/** One code for the person at the counter, shown once in large type. */
export function IssueCodeForm() {
  const t = useTranslations("verification.codes");
  const format = useFormatter();
  const headingId = useId();
  const codeLabelId = useId();
  const codeBox = useRef<HTMLDivElement>(null);
  const [issued, setIssued] = useState<IssuedCode | null>(null);
  const { form, onSubmit, status, pending } = useActionForm({
    schema: issueCodeSchema,
    action: issueVerificationCodeAction,
    defaultValues: { note: "" },
    onSuccess: (data) => {
      setIssued(data);
      form.reset();
    },
  });

  // Screen readers land on the code itself, not on the now empty form.
  useEffect(() => {
    if (issued) codeBox.current?.focus();
  }, [issued]);

  return (
    <section aria-labelledby={headingId} data-print-hide className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id={headingId}>{t("single.title")}</h2>
      <p>{t("single.intro")}</p>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <TextField label={t("note")} description={t("noteHint")} maxLength={200} error={form.formState.errors.note?.message} {...form.register("note")} />
        <div>
          <Button type="submit" pending={pending}>
            {t("single.submit")}
          </Button>
        </div>
        <FormStatus status={status} success={issued && t("single.success")} />
      </form>

      {issued && (
        <div
          ref={codeBox}
          tabIndex={-1}
          role="group"
          aria-labelledby={codeLabelId}
          className="flex flex-col gap-3 rounded-lg border-2 border-blue-800 bg-blue-50 p-5"
        >
          <p id={codeLabelId} className="font-medium text-slate-900">
            {t("single.codeLabel")}
          </p>
          <p className="font-mono text-3xl font-bold tracking-widest break-all text-slate-950 sm:text-4xl">{issued.code}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-medium">{t("single.validUntil")}</dt>
            <dd>
              <time dateTime={issued.expiresAt.toISOString()}>{format.dateTime(issued.expiresAt, { dateStyle: "long" })}</time>
            </dd>
            <dt className="font-medium">{t("single.reference")}</dt>
            <dd className="font-mono">{issued.reference}</dd>
          </dl>
          <p className="font-medium">{t("single.onceHint")}</p>
          <p>{t("single.howTo")}</p>
          <div>
            <Button type="button" variant="secondary" onClick={() => setIssued(null)}>
              {t("single.hide")}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
