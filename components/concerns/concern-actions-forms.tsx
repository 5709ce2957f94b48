"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { cosignConcernAction, postAuthorUpdateAction, reopenConcernAction } from "@/lib/concerns/actions";
import { authorUpdateSchema, concernIdSchema, reopenSchema } from "@/lib/concerns/schemas";

/** Mitzeichnen: once per person; the page then shows the new count. */
export function CosignButton({ id }: { id: string }) {
  const t = useTranslations("concerns.actions");
  const router = useRouter();
  const { onSubmit, status, pending } = useActionForm({ schema: concernIdSchema, action: cosignConcernAction, defaultValues: { id }, onSuccess: () => router.refresh() });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      <div>
        <Button type="submit" pending={pending} className="min-h-11">
          {t("cosign")}
        </Button>
      </div>
      <FormStatus status={status} success={t("cosigned")} />
    </form>
  );
}

/** The author's update for the co-signers. */
export function AuthorUpdateForm({ id }: { id: string }) {
  const t = useTranslations("concerns.actions");
  const message = useFieldErrorMessage("concerns");
  const router = useRouter();
  const { form, onSubmit, status, pending } = useActionForm({
    schema: authorUpdateSchema,
    action: postAuthorUpdateAction,
    defaultValues: { id, body: "" },
    onSuccess: () => {
      form.reset({ id, body: "" });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <TextAreaField label={t("updateLabel")} description={t("updateHint")} rows={4} error={message(form.formState.errors.body?.message)} {...form.register("body")} />
      <div>
        <Button type="submit" pending={pending} className="min-h-11">
          {t("updateSubmit")}
        </Button>
      </div>
      <FormStatus status={status} success={t("updatePosted")} />
    </form>
  );
}

/** "Ist das wirklich gelöst?" — no, with what is still missing: the concern is open again. */
export function ReopenForm({ id }: { id: string }) {
  const t = useTranslations("concerns.actions");
  const message = useFieldErrorMessage("concerns");
  const router = useRouter();
  const { form, onSubmit, status, pending } = useActionForm({ schema: reopenSchema, action: reopenConcernAction, defaultValues: { id, body: "" }, onSuccess: () => router.refresh() });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <TextAreaField label={t("reopenLabel")} description={t("reopenHint")} rows={4} error={message(form.formState.errors.body?.message)} {...form.register("body")} />
      <div>
        <Button type="submit" pending={pending} className="min-h-11">
          {t("reopenSubmit")}
        </Button>
      </div>
      <FormStatus status={status} success={t("reopened")} />
    </form>
  );
}
