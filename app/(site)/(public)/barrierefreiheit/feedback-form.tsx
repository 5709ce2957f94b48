"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { sendAccessibilityFeedbackAction } from "@/lib/privacy/actions";
import { accessibilityFeedbackSchema } from "@/lib/privacy/schemas";

/** The BIKTG feedback mechanism: stored for the district's admins (mail to them waits for notify(), #12). */
export function FeedbackForm() {
  const t = useTranslations("privacy.feedback");
  const { form, onSubmit, status, pending } = useActionForm({
    schema: accessibilityFeedbackSchema,
    action: sendAccessibilityFeedbackAction,
    defaultValues: { message: "", contact: "", pageUrl: "" },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="feedback-form-title" className="not-prose flex flex-col gap-4 rounded-lg border border-slate-300 p-4">
      <h3 id="feedback-form-title" className="font-semibold">
        {t("title")}
      </h3>
      <p>{t("intro")}</p>
      <TextAreaField label={t("message")} description={t("messageHint")} rows={5} error={errors.message?.message} {...form.register("message")} />
      <TextField label={t("pageUrl")} error={errors.pageUrl?.message} {...form.register("pageUrl")} />
      <TextField label={t("contact")} description={t("contactHint")} autoComplete="email" error={errors.contact?.message} {...form.register("contact")} />
      <div>
        <Button type="submit" pending={pending}>
          {t("send")}
        </Button>
      </div>
      <FormStatus status={status} success={t("sent")} />
    </form>
  );
}
