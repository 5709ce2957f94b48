"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { answerIdeaAction, commentOnIdeaAction, deleteIdeaCommentAction, supportIdeaAction } from "@/lib/ideas/actions";
import { answerIdeaSchema, ideaCommentIdSchema, ideaCommentSchema, ideaIdSchema } from "@/lib/ideas/schemas";
import { ANSWER_STATUSES, type IdeaStatus } from "@/lib/ideas/status";

/** Unterstützen: once per person; the page then shows the new count. */
export function SupportButton({ id }: { id: string }) {
  const t = useTranslations("ideas.actions");
  const router = useRouter();
  const { onSubmit, status, pending } = useActionForm({ schema: ideaIdSchema, action: supportIdeaAction, defaultValues: { id }, onSuccess: () => router.refresh() });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      <div>
        <Button type="submit" pending={pending} className="min-h-11">
          {t("support")}
        </Button>
      </div>
      <FormStatus status={status} success={t("supported")} />
    </form>
  );
}

export function IdeaCommentForm({ id }: { id: string }) {
  const t = useTranslations("ideas.actions");
  const message = useFieldErrorMessage("ideas");
  const router = useRouter();
  const { form, onSubmit, status, pending } = useActionForm({
    schema: ideaCommentSchema,
    action: commentOnIdeaAction,
    defaultValues: { id, body: "" },
    onSuccess: () => {
      form.reset({ id, body: "" });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <TextAreaField label={t("commentLabel")} rows={4} error={message(form.formState.errors.body?.message)} {...form.register("body")} />
      <div>
        <Button type="submit" pending={pending} className="min-h-11">
          {t("commentSubmit")}
        </Button>
      </div>
      <FormStatus status={status} success={t("commented")} />
    </form>
  );
}

export function DeleteIdeaCommentButton({ commentId, describedBy }: { commentId: string; describedBy: string }) {
  const t = useTranslations("ideas.actions");
  const router = useRouter();
  const { onSubmit, status, pending } = useActionForm({ schema: ideaCommentIdSchema, action: deleteIdeaCommentAction, defaultValues: { commentId }, onSuccess: () => router.refresh() });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-1">
      <div>
        <Button type="submit" variant="secondary" pending={pending} aria-describedby={describedBy}>
          {t("deleteComment")}
        </Button>
      </div>
      <FormStatus status={status} />
    </form>
  );
}

/** The official answer with a status; a decline carries its reason in the answer. */
export function AnswerIdeaForm({ id, current, answer }: { id: string; current: IdeaStatus; answer: string }) {
  const t = useTranslations("ideas.answer");
  const tStatus = useTranslations("ideas.status");
  const message = useFieldErrorMessage("ideas");
  const router = useRouter();
  const next = ANSWER_STATUSES.find((s) => s === current) ?? "under_review";
  const { form, onSubmit, status, pending } = useActionForm({
    schema: answerIdeaSchema,
    action: answerIdeaAction,
    defaultValues: { id, status: next, answer },
    onSuccess: () => router.refresh(),
  });
  const chosen = form.watch("status");
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <SelectField label={t("status")} error={message(errors.status?.message)} {...form.register("status")}>
        {ANSWER_STATUSES.map((s) => (
          <option key={s} value={s}>
            {tStatus(s)}
          </option>
        ))}
      </SelectField>
      <TextAreaField label={t("text")} description={chosen === "declined" ? t("textDeclined") : t("textHint")} rows={6} error={message(errors.answer?.message)} {...form.register("answer")} />
      <div>
        <Button type="submit" pending={pending} className="min-h-11">
          {t("submit")}
        </Button>
      </div>
      <FormStatus status={status} success={t("saved")} />
    </form>
  );
}
