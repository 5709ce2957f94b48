"use client";

import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action/result";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormStatus } from "./form-status";
import { useActionForm } from "./use-action-form";
import { useFieldErrorMessage, type FieldErrorScope } from "./use-field-error-message";

type Variant = ComponentProps<typeof Button>["variant"];

/** A form of one button that hands a thing's id to an action (claim, co-sign, support), then shows the page anew. */
export function IdButtonForm<T>({
  id,
  schema,
  action,
  label,
  done,
  variant,
}: {
  id: string;
  schema: z.ZodType<{ id: string }, { id: string }>;
  action: (input: { id: string }) => Promise<ActionResult<T>>;
  label: string;
  done: string;
  variant?: Variant;
}) {
  const router = useRouter();
  const { onSubmit, status, pending } = useActionForm({ schema, action, defaultValues: { id }, onSuccess: () => router.refresh() });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      <div>
        <Button type="submit" variant={variant} pending={pending} className="min-h-11">
          {label}
        </Button>
      </div>
      <FormStatus status={status} success={done} />
    </form>
  );
}

/**
 * A form of one text sent with a thing's id (a note, an update, a reply). The text stays when
 * anything goes wrong; after success it is emptied unless the page moves on anyway (`keepText`).
 */
export function IdTextForm<T>({
  id,
  schema,
  action,
  messageScope,
  label,
  description,
  rows = 4,
  submit,
  done,
  variant,
  keepText = false,
}: {
  id: string;
  schema: z.ZodType<{ id: string; body: string }, { id: string; body: string }>;
  action: (input: { id: string; body: string }) => Promise<ActionResult<T>>;
  /** The namespace of the schema's field-error keys, e.g. "concerns". */
  messageScope: FieldErrorScope;
  label: string;
  description?: string;
  rows?: number;
  submit: string;
  done: string;
  variant?: Variant;
  keepText?: boolean;
}) {
  const message = useFieldErrorMessage(messageScope);
  const router = useRouter();
  const { form, onSubmit, status, pending } = useActionForm({
    schema,
    action,
    defaultValues: { id, body: "" },
    onSuccess: () => {
      if (!keepText) form.reset({ id, body: "" });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <TextAreaField label={label} description={description} rows={rows} error={message(form.formState.errors.body?.message)} {...form.register("body")} />
      <div>
        <Button type="submit" variant={variant} pending={pending} className="min-h-11">
          {submit}
        </Button>
      </div>
      <FormStatus status={status} success={done} />
    </form>
  );
}
