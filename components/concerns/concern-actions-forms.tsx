"use client";

import { useTranslations } from "next-intl";
import { IdButtonForm, IdTextForm } from "@/components/forms/id-forms";
import { cosignConcernAction, postAuthorUpdateAction, reopenConcernAction } from "@/lib/concerns/actions";
import { authorUpdateSchema, concernIdSchema, reopenSchema } from "@/lib/concerns/schemas";

/** Mitzeichnen: once per person; the page then shows the new count. */
export function CosignButton({ id }: { id: string }) {
  const t = useTranslations("concerns.actions");
  return <IdButtonForm id={id} schema={concernIdSchema} action={cosignConcernAction} label={t("cosign")} done={t("cosigned")} />;
}

/** The author's update for the co-signers. */
export function AuthorUpdateForm({ id }: { id: string }) {
  const t = useTranslations("concerns.actions");
  return (
    <IdTextForm
      id={id}
      schema={authorUpdateSchema}
      action={postAuthorUpdateAction}
      messageScope="concerns"
      label={t("updateLabel")}
      description={t("updateHint")}
      submit={t("updateSubmit")}
      done={t("updatePosted")}
    />
  );
}

/** "Ist das wirklich gelöst?" — no, with what is still missing: the concern is open again. */
export function ReopenForm({ id }: { id: string }) {
  const t = useTranslations("concerns.actions");
  return (
    <IdTextForm
      id={id}
      schema={reopenSchema}
      action={reopenConcernAction}
      messageScope="concerns"
      label={t("reopenLabel")}
      description={t("reopenHint")}
      submit={t("reopenSubmit")}
      done={t("reopened")}
      keepText
    />
  );
}
