"use client";

import { useTranslations } from "next-intl";
import { IdButtonForm, IdTextForm } from "@/components/forms/id-forms";
import { addStaffNoteAction, claimConcernAction } from "@/lib/concerns/actions";
import { concernIdSchema, staffNoteSchema } from "@/lib/concerns/schemas";

export function ClaimButton({ id }: { id: string }) {
  const t = useTranslations("concerns.handle");
  return <IdButtonForm id={id} schema={concernIdSchema} action={claimConcernAction} label={t("claim")} done={t("claimed")} variant="secondary" />;
}

/** An internal note: only staff see it. */
export function NoteForm({ id }: { id: string }) {
  const t = useTranslations("concerns.handle");
  return (
    <IdTextForm
      id={id}
      schema={staffNoteSchema}
      action={addStaffNoteAction}
      messageScope="concerns"
      label={t("noteLabel")}
      rows={3}
      submit={t("noteSubmit")}
      done={t("noteAdded")}
      variant="secondary"
    />
  );
}
