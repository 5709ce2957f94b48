"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { FormStatus } from "@/components/forms/form-status";
import { loadPage } from "@/components/forms/load-page";
import { useActionForm } from "@/components/forms/use-action-form";
import { RadioGroup } from "@/components/ui/radio-group";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { decideAction } from "@/lib/moderation/actions";
import { moderationTargetPath } from "@/lib/moderation/paths";
import type { DecisionKind } from "@/lib/moderation/types";
import { RULES_OF_CONDUCT } from "@/lib/moderation/rules-of-conduct";
import { decideSchema, FACTS_MAX_LENGTH, SUSPENSION_DURATIONS } from "@/lib/moderation/schemas";
import type { TargetType } from "@/lib/moderation/targets";

/**
 * The decision about one target: the measure (only those the policy allows here), the rule it rests
 * on, the facts the affected person reads, and for a suspension its length. On success the page
 * reloads and shows the outcome.
 */
export function DecisionForm({ targetType, targetId, kinds }: { targetType: TargetType; targetId: string; kinds: DecisionKind[] }) {
  const t = useTranslations("moderation.decideForm");
  const tConduct = useTranslations("conduct");
  const message = useFieldErrorMessage("conduct");
  const { form, onSubmit, status, pending } = useActionForm({
    schema: decideSchema,
    action: decideAction,
    // With one possible measure (vanished content: dismiss) it is chosen already.
    defaultValues: { targetType, targetId, kind: kinds.length === 1 ? kinds[0] : undefined, ruleKey: "", facts: "", duration: "" },
    onSuccess: ({ decisionId }) => loadPage(`${moderationTargetPath(targetType, targetId)}?entschieden=${encodeURIComponent(decisionId)}#ergebnis`),
  });
  const kind = useWatch({ control: form.control, name: "kind" });
  const errors = form.formState.errors;

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("label")} className="flex flex-col gap-5 rounded-lg border border-slate-300 bg-white p-4">
      <input type="hidden" {...form.register("targetType")} />
      <input type="hidden" {...form.register("targetId")} />
      <RadioGroup
        legend={t("kind")}
        options={kinds.map((value) => ({ value, label: t(`kinds.${value}`), hint: t(`kindHints.${value}`) }))}
        error={message(errors.kind?.message)}
        inputProps={form.register("kind")}
      />
      {kind !== "dismiss" && (
        <SelectField label={t("rule")} description={t("ruleHint")} error={message(errors.ruleKey?.message)} {...form.register("ruleKey")}>
          <option value="">{t("rulePlaceholder")}</option>
          {RULES_OF_CONDUCT.map((rule) => (
            <option key={rule} value={rule}>
              {tConduct(`rules.${rule}`)}
            </option>
          ))}
        </SelectField>
      )}
      {kind === "suspend" && (
        <SelectField label={t("duration")} error={message(errors.duration?.message)} {...form.register("duration")}>
          <option value="">{t("durationPlaceholder")}</option>
          {SUSPENSION_DURATIONS.map((duration) => (
            <option key={duration} value={duration}>
              {tConduct(`durations.${duration}`)}
            </option>
          ))}
        </SelectField>
      )}
      <TextAreaField
        label={t("facts")}
        description={kind === "dismiss" ? t("factsHintDismiss") : t("factsHint")}
        rows={6}
        maxLength={FACTS_MAX_LENGTH}
        error={message(errors.facts?.message)}
        {...form.register("facts")}
      />
      <div>
        <Button type="submit" variant={kind === "suspend" ? "danger" : "primary"} pending={pending}>
          {t("submit")}
        </Button>
      </div>
      <FormStatus status={status} />
    </form>
  );
}
