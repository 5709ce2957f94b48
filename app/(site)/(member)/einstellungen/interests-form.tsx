"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/field";
import { updateInterestsAction } from "@/lib/interests/actions";
import { updateInterestsSchema } from "@/lib/interests/schemas";

interface Choice {
  id: number;
  name: string;
}

/** "Mein Kiez": which localities and topics the member follows. Saving replaces both sets. */
export function InterestsForm({
  localities,
  topics,
  followed,
}: {
  localities: Choice[];
  topics: Choice[];
  followed: { localityIds: number[]; topicIds: number[] };
}) {
  const t = useTranslations("announcements.interests");
  // No defaultValues: the boxes are ticked in the server's HTML already (defaultChecked), and
  // react-hook-form takes their state from the page, including a tick made before hydration.
  const { form, onSubmit, status, pending } = useActionForm({ schema: updateInterestsSchema, action: updateInterestsAction });
  const group = (name: "localityIds" | "topicIds", legend: string, choices: Choice[], chosen: number[]) => (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 font-medium text-slate-900">{legend}</legend>
      <div className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
        {choices.map((choice) => (
          <CheckboxField key={choice.id} label={choice.name} value={String(choice.id)} defaultChecked={chosen.includes(choice.id)} {...form.register(name)} />
        ))}
      </div>
    </fieldset>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      {group("localityIds", t("localities"), localities, followed.localityIds)}
      {group("topicIds", t("topics"), topics, followed.topicIds)}
      <div>
        <Button type="submit" pending={pending}>
          {t("submit")}
        </Button>
      </div>
      <FormStatus status={status} success={t("saved")} />
    </form>
  );
}
