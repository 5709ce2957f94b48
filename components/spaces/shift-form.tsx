"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { spaceShiftPath } from "@/lib/spaces/paths";
import { createShiftAction } from "@/lib/spaces/shifts/actions";
import { HELPERS_MAX, shiftFormSchema } from "@/lib/spaces/shifts/schemas";

/** A new helper shift: a time or a due date (the district's wall clock), and how many helpers it needs. */
export function ShiftForm({ spaceId, localities }: { spaceId: string; localities: Array<{ id: number; name: string }> }) {
  const t = useTranslations("spaces.shifts.form");
  const message = useFieldErrorMessage("spaces");
  const router = useRouter();
  const { form, onSubmit, status, pending } = useActionForm({
    schema: shiftFormSchema,
    action: createShiftAction,
    defaultValues: { spaceId, title: "", startsAt: "", dueOn: "", place: "", localityId: "", description: "", helpersNeeded: 2 },
    onSuccess: (data) => router.push(spaceShiftPath(spaceId, data.id)),
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <TextField label={t("title")} error={message(errors.title?.message)} {...form.register("title")} />
      <TextField type="datetime-local" label={t("startsAt")} description={t("startsAtHint")} error={message(errors.startsAt?.message)} {...form.register("startsAt")} />
      <TextField type="date" label={t("dueOn")} description={t("dueOnHint")} error={message(errors.dueOn?.message)} {...form.register("dueOn")} />
      <TextField type="number" inputMode="numeric" min={1} max={HELPERS_MAX} label={t("helpersNeeded")} error={message(errors.helpersNeeded?.message)} {...form.register("helpersNeeded")} />
      <TextField label={t("place")} error={message(errors.place?.message)} {...form.register("place")} />
      <SelectField label={t("locality")} error={message(errors.localityId?.message)} {...form.register("localityId")}>
        <option value="">{t("noLocality")}</option>
        {localities.map((l) => (
          <option key={l.id} value={String(l.id)}>
            {l.name}
          </option>
        ))}
      </SelectField>
      <TextAreaField label={t("description")} rows={4} error={message(errors.description?.message)} {...form.register("description")} />
      <div>
        <Button type="submit" pending={pending} className="min-h-11">
          {t("create")}
        </Button>
      </div>
      <FormStatus status={status} />
    </form>
  );
}
