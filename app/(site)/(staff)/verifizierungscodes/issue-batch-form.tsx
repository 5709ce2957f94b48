"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { locales, type Locale } from "@/lib/i18n/config";
import { issueVerificationBatchAction } from "@/lib/verification/actions";
import type { IssuedCodes } from "@/lib/verification/mutations";
import { issueBatchSchema, MAX_BATCH_SIZE } from "@/lib/verification/schemas";
import { LetterSheet, type LetterContext } from "./letter-sheet";

/** Codes for a letter run: the form, then the print sheet with one letter per code. */
export function IssueBatchForm({ letter }: { letter: LetterContext }) {
  const t = useTranslations("verification.codes");
  const tLocale = useTranslations("common.locale");
  const [sheet, setSheet] = useState<{ issued: IssuedCodes; language: Locale } | null>(null);
  const { form, onSubmit, status, pending } = useActionForm({
    schema: issueBatchSchema,
    action: async (input) => {
      const result = await issueVerificationBatchAction(input);
      if (result.ok) setSheet({ issued: result.data, language: input.language });
      return result;
    },
    defaultValues: { count: "", note: "", language: "de" },
  });
  const errors = form.formState.errors;

  return (
    <>
      <section aria-labelledby="issue-batch" data-print-hide className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="issue-batch">{t("batch.title")}</h2>
        <p>{t("batch.intro")}</p>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <div className="sm:w-64">
            <TextField
              label={t("batch.count")}
              description={t("batch.countHint")}
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_BATCH_SIZE}
              error={errors.count?.message}
              {...form.register("count")}
            />
          </div>
          <div className="sm:w-64">
            <SelectField label={t("batch.language")} description={t("batch.languageHint")} error={errors.language?.message} {...form.register("language")}>
              {locales.map((locale) => (
                <option key={locale} value={locale} lang={locale}>
                  {tLocale(locale)}
                </option>
              ))}
            </SelectField>
          </div>
          <TextField label={t("note")} description={t("noteHint")} maxLength={200} error={errors.note?.message} {...form.register("note")} />
          <div>
            <Button type="submit" pending={pending}>
              {t("batch.submit")}
            </Button>
          </div>
          <FormStatus status={status} success={sheet && t("batch.success", { count: sheet.issued.codes.length })} />
        </form>
      </section>
      {sheet && <LetterSheet key={sheet.issued.batchId} issued={sheet.issued} language={sheet.language} letter={letter} />}
    </>
  );
}
