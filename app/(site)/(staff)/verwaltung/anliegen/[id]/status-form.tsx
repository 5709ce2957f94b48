"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { changeConcernStatusAction } from "@/lib/concerns/actions";
import type { ReplyTemplate } from "@/lib/concerns/queries";
import { changeStatusSchema } from "@/lib/concerns/schemas";
import { STAFF_STATUSES, type ConcernStatus } from "@/lib/concerns/status";

/** A status with its public text; forwarding also names who is responsible and how to reach them. */
export function StatusForm({ id, current, templates }: { id: string; current: ConcernStatus; templates: ReplyTemplate[] }) {
  const t = useTranslations("concerns.handle");
  const tStatus = useTranslations("concerns.status");
  const message = useFieldErrorMessage("concerns");
  const router = useRouter();
  const next = STAFF_STATUSES.find((s) => s === current) ?? "in_review";
  const { form, onSubmit, status, pending } = useActionForm({
    schema: changeStatusSchema,
    action: changeConcernStatusAction,
    defaultValues: { id, status: next, body: "", forwardedTo: "" },
    onSuccess: () => {
      form.reset({ id, status: form.getValues("status"), body: "", forwardedTo: "" });
      router.refresh();
    },
  });
  const chosen = form.watch("status");
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <SelectField label={t("newStatus")} error={message(errors.status?.message)} {...form.register("status")}>
        {STAFF_STATUSES.map((s) => (
          <option key={s} value={s}>
            {tStatus(s)}
          </option>
        ))}
      </SelectField>
      {templates.length > 0 && (
        <SelectField
          label={t("template")}
          description={t("templateHint")}
          defaultValue=""
          onChange={(event) => {
            const template = templates.find((tpl) => String(tpl.id) === event.target.value);
            if (template) form.setValue("body", template.body, { shouldValidate: true });
          }}
        >
          <option value="">{t("noTemplate")}</option>
          {templates.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {tpl.title}
            </option>
          ))}
        </SelectField>
      )}
      <TextAreaField label={t("publicText")} description={chosen === "declined" ? t("publicTextDeclined") : t("publicTextHint")} rows={5} error={message(errors.body?.message)} {...form.register("body")} />
      {chosen === "forwarded" && (
        <TextAreaField label={t("forwardedTo")} description={t("forwardedToHint")} rows={3} error={message(errors.forwardedTo?.message)} {...form.register("forwardedTo")} />
      )}
      <div>
        <Button type="submit" pending={pending} className="min-h-11">
          {t("statusSubmit")}
        </Button>
      </div>
      <FormStatus status={status} success={t("statusSaved")} />
    </form>
  );
}
