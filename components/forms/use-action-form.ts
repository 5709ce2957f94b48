"use client";

import { toNestErrors } from "@hookform/resolvers";
import { useState, useTransition } from "react";
import { useForm, type Resolver, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import { fieldErrorKey } from "@/lib/action/field-error-key";
import type { ActionResult } from "@/lib/action/result";

/**
 * zodResolver's job, with the action's field-error keys (fieldErrorKey: a too-long text names its
 * limit), so a message reads the same whether the browser or the server found the problem.
 */
function actionFormResolver<Schema extends z.ZodType<FieldValues, FieldValues>>(schema: Schema): Resolver<z.input<Schema>, unknown, z.output<Schema>> {
  return async (values, _context, options) => {
    const parsed = await schema.safeParseAsync(values);
    if (parsed.success) return { values: parsed.data, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of parsed.error.issues) {
      const path = issue.path.join(".");
      errors[path] ??= { type: issue.code, message: fieldErrorKey(issue) };
    }
    return { values: {}, errors: toNestErrors(errors as never, options) };
  };
}

export type FormStatus =
  | { kind: "idle" }
  | { kind: "success" }
  | { kind: "error"; error: Exclude<ActionResult, { ok: true }>["error"]; params?: Record<string, string | number> };

/**
 * react-hook-form wired to a server action with the same zod schema on both sides. Server field
 * errors land next to their field; the values stay in the form whatever happens.
 */
export function useActionForm<Schema extends z.ZodType<FieldValues, FieldValues>, T>({
  schema,
  action,
  defaultValues,
  onSuccess,
}: {
  schema: Schema;
  action: (input: z.output<Schema>) => Promise<ActionResult<T>>;
  defaultValues?: DefaultValues<z.input<Schema>>;
  onSuccess?: (data: T) => void | Promise<void>;
}) {
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: actionFormResolver(schema),
    defaultValues,
    mode: "onTouched",
  });
  const [status, setStatus] = useState<FormStatus>({ kind: "idle" });
  const [pending, startTransition] = useTransition();

  const onSubmit = form.handleSubmit((values) => {
    setStatus({ kind: "idle" });
    startTransition(async () => {
      let result: ActionResult<T>;
      try {
        result = await action(values);
      } catch {
        // The server could not answer (offline, restarting, an outage): say so and keep the text.
        setStatus({ kind: "error", error: "internal" });
        return;
      }
      if (result.ok) {
        setStatus({ kind: "success" });
        await onSuccess?.(result.data);
        return;
      }
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (messages?.[0]) form.setError(field as Path<z.input<Schema>>, { type: "server", message: messages[0] });
      }
      setStatus({ kind: "error", error: result.error, params: result.params });
    });
  });

  return { form, onSubmit, status, pending };
}
