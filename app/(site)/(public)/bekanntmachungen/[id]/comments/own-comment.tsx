"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { deleteCommentAction, editCommentAction } from "@/lib/announcements/comments/actions";
import { COMMENT_MAX_LENGTH, editCommentSchema } from "@/lib/announcements/comments/schemas";
import type { ActionErrorCode } from "@/lib/action/result";
import { useAnnounce } from "./comments-live";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";

interface OwnCommentProps {
  commentId: string;
  body: string;
  /** The comment's text as shown (with links), rendered on the server. */
  children: ReactNode;
  canEdit: boolean;
  canDelete: boolean;
  /** Names the comment in the buttons for screen readers ("… – comment of 3 May, 14:05"). */
  which: string;
  /** Where focus goes once the comment is gone. */
  headingId: string;
}

/** The author's own comment: shown as usual, with "edit" (in place) and "delete" (after a confirmation). */
export function OwnComment({ commentId, body, children, canEdit, canDelete, which, headingId }: OwnCommentProps) {
  const t = useTranslations("announcements.comments");
  const [mode, setMode] = useState<"view" | "edit" | "delete">("view");
  const controls = useRef<HTMLDivElement>(null);
  const [returnFocus, setReturnFocus] = useState<"edit" | "delete" | null>(null);

  useEffect(() => {
    if (mode !== "view" || !returnFocus) return;
    controls.current?.querySelector<HTMLButtonElement>(`[data-control="${returnFocus}"]`)?.focus();
  }, [mode, returnFocus]);

  const backToView = (focus: "edit" | "delete") => {
    setReturnFocus(focus);
    setMode("view");
  };

  if (mode === "edit") return <EditComment commentId={commentId} body={body} onDone={() => backToView("edit")} />;

  return (
    <>
      <div className="whitespace-pre-wrap [overflow-wrap:anywhere]">{children}</div>
      {mode === "delete" ? (
        <DeleteComment commentId={commentId} headingId={headingId} onCancel={() => backToView("delete")} />
      ) : (
        <div ref={controls} className="flex flex-wrap gap-3">
          {canEdit && (
            <Button data-control="edit" type="button" variant="secondary" className="px-3 py-1 text-sm" onClick={() => setMode("edit")}>
              {t("edit")}
              <span className="sr-only"> – {which}</span>
            </Button>
          )}
          {canDelete && (
            <Button data-control="delete" type="button" variant="secondary" className="px-3 py-1 text-sm" onClick={() => setMode("delete")}>
              {t("delete")}
              <span className="sr-only"> – {which}</span>
            </Button>
          )}
        </div>
      )}
    </>
  );
}

function EditComment({ commentId, body, onDone }: { commentId: string; body: string; onDone: () => void }) {
  const t = useTranslations("announcements.comments");
  const message = useFieldErrorMessage("comments");
  const announce = useAnnounce();
  const { form, onSubmit, status, pending } = useActionForm({
    schema: editCommentSchema,
    action: editCommentAction,
    defaultValues: { commentId, body },
    onSuccess: (): void => {
      announce(t("saved"));
      onDone();
    },
  });

  // The field takes focus when editing starts, so keyboard and screen-reader users land in it.
  useEffect(() => form.setFocus("body"), [form]);

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <input type="hidden" {...form.register("commentId")} />
      <TextAreaField label={t("editLabel")} description={t("hint", { max: COMMENT_MAX_LENGTH })} rows={4} error={message(form.formState.errors.body?.message)} {...form.register("body")} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={pending}>
          {t("save")}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          {t("cancel")}
        </Button>
      </div>
      <FormStatus status={status} />
    </form>
  );
}

function DeleteComment({ commentId, headingId, onCancel }: { commentId: string; headingId: string; onCancel: () => void }) {
  const t = useTranslations("announcements.comments");
  const tErrors = useTranslations("errors");
  const announce = useAnnounce();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ActionErrorCode | null>(null);
  const question = useRef<HTMLParagraphElement>(null);

  useEffect(() => question.current?.focus(), []);

  const confirm = () =>
    startTransition(async () => {
      setError(null);
      const result = await deleteCommentAction({ commentId });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      announce(t("deleted"));
      // This comment is about to disappear: continue at the thread's heading.
      document.getElementById(headingId)?.focus();
    });

  return (
    <div role="group" aria-labelledby={`${commentId}-delete-question`} className="flex flex-col gap-3 rounded-md border border-red-800 bg-red-50 p-3">
      <p id={`${commentId}-delete-question`} ref={question} tabIndex={-1} className="font-medium text-red-950 focus:outline-none">
        {t("deleteQuestion")}
      </p>
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant="danger" pending={pending} onClick={confirm}>
          {t("deleteYes")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("deleteNo")}
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-red-900">
          {tErrors(error)}
        </p>
      )}
    </div>
  );
}
