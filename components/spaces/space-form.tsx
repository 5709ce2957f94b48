"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { createSpaceAction, updateSpaceAction } from "@/lib/spaces/actions";
import { spacePath } from "@/lib/spaces/paths";
import { spaceFormSchema, type SpaceFormValues } from "@/lib/spaces/schemas";
import { spaceJoinPolicies, spaceVisibilities } from "@/db/schema/spaces";
import { CheckboxGroup } from "./checkbox-group";

type Choice = { id: number; name: string };

/** Creating a space, or editing one (with its id). One schema on both sides; nothing typed is lost on an error. */
export function SpaceForm({
  choices,
  spaceId,
  defaults,
}: {
  choices: { localities: Choice[]; topics: Choice[]; departments: Choice[] };
  spaceId?: string;
  defaults?: SpaceFormValues;
}) {
  const t = useTranslations("spaces.form");
  const message = useFieldErrorMessage("spaces");
  const router = useRouter();
  const initial: SpaceFormValues = defaults ?? {
    name: "",
    summary: "",
    description: "",
    visibility: "public",
    joinPolicy: "open",
    localityIds: [],
    topicIds: [],
    partnerDepartmentIds: [],
    partnerContacts: "",
  };
  const { form, onSubmit, status, pending } = useActionForm({
    schema: spaceFormSchema,
    action: (input) => (spaceId ? updateSpaceAction({ ...input, spaceId }) : createSpaceAction(input)),
    defaultValues: initial,
    onSuccess: (data) => router.push(spacePath(data.id)),
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <TextField label={t("name")} error={message(errors.name?.message)} {...form.register("name")} />
      <TextField label={t("summary")} description={t("summaryHint")} error={message(errors.summary?.message)} {...form.register("summary")} />
      <TextAreaField label={t("description")} description={t("descriptionHint")} rows={8} error={message(errors.description?.message)} {...form.register("description")} />
      <RadioGroup
        legend={t("visibility")}
        options={spaceVisibilities.map((value) => ({ value, label: t(`visibilities.${value}`), hint: t(`visibilityHints.${value}`) }))}
        error={message(errors.visibility?.message)}
        inputProps={form.register("visibility")}
      />
      <RadioGroup
        legend={t("joinPolicy")}
        options={spaceJoinPolicies.map((value) => ({ value, label: t(`joinPolicies.${value}`), hint: t(`joinPolicyHints.${value}`) }))}
        error={message(errors.joinPolicy?.message)}
        inputProps={form.register("joinPolicy")}
      />
      <CheckboxGroup legend={t("localities")} options={choices.localities} error={message(errors.localityIds?.message)} inputProps={form.register("localityIds")} />
      <CheckboxGroup legend={t("topics")} options={choices.topics} error={message(errors.topicIds?.message)} inputProps={form.register("topicIds")} />
      <CheckboxGroup
        legend={t("partners")}
        description={t("partnersHint")}
        options={choices.departments}
        error={message(errors.partnerDepartmentIds?.message)}
        inputProps={form.register("partnerDepartmentIds")}
      />
      <TextField label={t("partnerContacts")} description={t("partnerContactsHint")} error={message(errors.partnerContacts?.message)} {...form.register("partnerContacts")} />
      <div>
        <Button type="submit" pending={pending} className="min-h-11">
          {spaceId ? t("save") : t("create")}
        </Button>
      </div>
      <FormStatus status={status} success={t("saved")} />
    </form>
  );
}
