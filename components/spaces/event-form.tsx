"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { createEventAction } from "@/lib/spaces/actions";
import { spaceEventPath } from "@/lib/spaces/paths";
import { eventFormSchema } from "@/lib/spaces/schemas";

/** A new event; times are the district's wall clock (Europe/Berlin). */
export function EventForm({ spaceId, localities }: { spaceId: string; localities: Array<{ id: number; name: string }> }) {
  const t = useTranslations("spaces.eventForm");
  const message = useFieldErrorMessage("spaces");
  const router = useRouter();
  const { form, onSubmit, status, pending } = useActionForm({
    schema: eventFormSchema,
    action: createEventAction,
    defaultValues: { spaceId, title: "", startsAt: "", endsAt: "", place: "", localityId: "", description: "", capacity: "" },
    onSuccess: (data) => router.push(spaceEventPath(spaceId, data.id)),
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <TextField label={t("title")} error={message(errors.title?.message)} {...form.register("title")} />
      <TextField type="datetime-local" label={t("startsAt")} error={message(errors.startsAt?.message)} {...form.register("startsAt")} />
      <TextField type="datetime-local" label={t("endsAt")} error={message(errors.endsAt?.message)} {...form.register("endsAt")} />
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
      <TextField type="number" inputMode="numeric" min={1} label={t("capacity")} description={t("capacityHint")} error={message(errors.capacity?.message)} {...form.register("capacity")} />
      <div>
        <Button type="submit" pending={pending} className="min-h-11">
          {t("create")}
        </Button>
      </div>
      <FormStatus status={status} />
    </form>
  );
}
