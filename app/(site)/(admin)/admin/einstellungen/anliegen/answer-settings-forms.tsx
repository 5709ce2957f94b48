"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { setAnswerDaysAction, setHandlesAllAction } from "@/lib/concerns/configuration-actions";
import { answerPeriodSchema, handlesAllSchema } from "@/lib/concerns/schemas";
import { setSupportThresholdAction } from "@/lib/ideas/settings-actions";
import { supportThresholdSchema } from "@/lib/ideas/schemas";

export function AnswerDaysForm({ days }: { days: number }) {
  const t = useTranslations("concerns.settings");
  const message = useFieldErrorMessage("concerns");
  const router = useRouter();
  const { form, onSubmit, status, pending } = useActionForm({ schema: answerPeriodSchema, action: setAnswerDaysAction, defaultValues: { concernAnswerDays: days }, onSuccess: () => router.refresh() });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <div className="sm:w-64">
        <TextField type="number" inputMode="numeric" min={1} max={120} label={t("periodLabel")} error={message(form.formState.errors.concernAnswerDays?.message)} {...form.register("concernAnswerDays")} />
      </div>
      <div>
        <Button type="submit" pending={pending} className="min-h-11">
          {t("save")}
        </Button>
      </div>
      <FormStatus status={status} success={t("saved")} />
    </form>
  );
}

/** One department's "may handle every department's concerns", as a button that says what it will do. */
export function HandlesAllForm({ departmentId, name, handlesAll }: { departmentId: number; name: string; handlesAll: boolean }) {
  const t = useTranslations("concerns.settings");
  const router = useRouter();
  const { onSubmit, status, pending } = useActionForm({
    schema: handlesAllSchema,
    action: setHandlesAllAction,
    defaultValues: { departmentId, handlesAll: handlesAll ? "no" : "yes" },
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-4">
      <p className="sm:flex-1">
        <span className="font-medium">{name}</span>: {handlesAll ? t("handlesAllYes") : t("handlesAllNo")}
      </p>
      <Button type="submit" variant="secondary" pending={pending} className="min-h-11" aria-label={handlesAll ? t("revokeLabel", { name }) : t("grantLabel", { name })}>
        {handlesAll ? t("revoke") : t("grant")}
      </Button>
      <FormStatus status={status} />
    </form>
  );
}

/** Supports from which an idea must get an official answer within the answer period. */
export function SupportThresholdForm({ threshold }: { threshold: number }) {
  const t = useTranslations("ideas.settings");
  const message = useFieldErrorMessage("ideas");
  const router = useRouter();
  const { form, onSubmit, status, pending } = useActionForm({ schema: supportThresholdSchema, action: setSupportThresholdAction, defaultValues: { ideaSupportThreshold: threshold }, onSuccess: () => router.refresh() });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <div className="sm:w-64">
        <TextField type="number" inputMode="numeric" min={1} label={t("thresholdLabel")} error={message(form.formState.errors.ideaSupportThreshold?.message)} {...form.register("ideaSupportThreshold")} />
      </div>
      <div>
        <Button type="submit" pending={pending} className="min-h-11">
          {t("save")}
        </Button>
      </div>
      <FormStatus status={status} success={t("saved")} />
    </form>
  );
}
