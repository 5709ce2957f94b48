"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { LiveMessage } from "@/components/ui/live-message";
import { appealAction } from "@/lib/moderation/actions";
import { appealSchema, EXPLANATION_MAX_LENGTH } from "@/lib/moderation/schemas";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";

/**
 * The appeal form while one may be filed, otherwise `children` (the appeal's state). After filing,
 * the page is refreshed to show that state, and the confirmation here stays in place above it.
 */
export function AppealPanel({ decisionId, canAppeal, children }: { decisionId: string; canAppeal: boolean; children: ReactNode }) {
  const t = useTranslations("reports.appeal");
  const router = useRouter();
  const [submitted, setSubmitted] = useState(false);
  const confirmation = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (submitted) confirmation.current?.focus();
  }, [submitted]);

  return (
    <>
      <div ref={confirmation} tabIndex={-1} className="focus:outline-none">
        {submitted && <LiveMessage message={{ tone: "success", text: t("submitted") }} />}
      </div>
      {canAppeal && !submitted ? (
        <AppealForm
          decisionId={decisionId}
          onSubmitted={() => {
            setSubmitted(true);
            // The suspended page is not the decision's own path, which the action revalidates.
            router.refresh();
          }}
        />
      ) : (
        children
      )}
    </>
  );
}

function AppealForm({ decisionId, onSubmitted }: { decisionId: string; onSubmitted: () => void }) {
  const t = useTranslations("reports.appeal");
  const message = useFieldErrorMessage("conduct");
  const { form, onSubmit, status, pending } = useActionForm({
    schema: appealSchema,
    action: appealAction,
    defaultValues: { decisionId, statement: "" },
    onSuccess: (): void => onSubmitted(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <input type="hidden" {...form.register("decisionId")} />
      <TextAreaField
        label={t("statementLabel")}
        description={t("statementHint", { max: EXPLANATION_MAX_LENGTH })}
        rows={6}
        error={message(form.formState.errors.statement?.message)}
        {...form.register("statement")}
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
