"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/field";
import { rsvpAction } from "@/lib/spaces/actions";
import { rsvpSchema } from "@/lib/spaces/schemas";

/** Yes / maybe / no, and whether others see one's name. "Yes" on a full event puts the person on the waiting list. */
export function RsvpForm({ spaceId, eventId, showName }: { spaceId: string; eventId: string; showName: boolean }) {
  const t = useTranslations("spaces.rsvp");
  const router = useRouter();
  const { form, onSubmit, status, pending } = useActionForm({
    schema: rsvpSchema,
    action: rsvpAction,
    defaultValues: { spaceId, eventId, answer: "yes", showName },
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <CheckboxField label={t("showName")} {...form.register("showName")} />
      <div className="flex flex-wrap gap-2">
        {(["yes", "maybe", "no"] as const).map((answer) => (
          <Button key={answer} type="submit" variant={answer === "yes" ? "primary" : "secondary"} pending={pending} className="min-h-11" onClick={() => form.setValue("answer", answer)}>
            {t(`answers.${answer}`)}
          </Button>
        ))}
      </div>
      <FormStatus status={status} success={t("saved")} />
    </form>
  );
}
