"use client";

import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { useId, type ComponentProps, type ReactNode } from "react";

interface FieldShellProps {
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

function FieldShell({ label, description, error, children }: FieldShellProps) {
  const id = useId();
  const message = useFieldErrorMessage()(error);
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = message ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium text-slate-900">
        {label}
      </label>
      {description && (
        <p id={descriptionId} className="text-sm text-slate-700">
          {description}
        </p>
      )}
      {children({ id, describedBy, invalid: Boolean(message) })}
      {message && (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {message}
        </p>
      )}
    </div>
  );
}

const controlClass =
  "w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-amber-500 aria-[invalid=true]:border-red-800";

type Common = { label: ReactNode; description?: ReactNode; error?: string };

export function TextField({ label, description, error, ...props }: Common & ComponentProps<"input">) {
  return (
    <FieldShell label={label} description={description} error={error}>
      {({ id, describedBy, invalid }) => (
        <input id={id} aria-describedby={describedBy} aria-invalid={invalid} className={controlClass} {...props} />
      )}
    </FieldShell>
  );
}

export function TextAreaField({ label, description, error, ...props }: Common & ComponentProps<"textarea">) {
  return (
    <FieldShell label={label} description={description} error={error}>
      {({ id, describedBy, invalid }) => (
        <textarea id={id} aria-describedby={describedBy} aria-invalid={invalid} className={controlClass} rows={3} {...props} />
      )}
    </FieldShell>
  );
}

export function SelectField({
  label,
  description,
  error,
  children,
  ...props
}: Common & ComponentProps<"select">) {
  return (
    <FieldShell label={label} description={description} error={error}>
      {({ id, describedBy, invalid }) => (
        <select id={id} aria-describedby={describedBy} aria-invalid={invalid} className={controlClass} {...props}>
          {children}
        </select>
      )}
    </FieldShell>
  );
}

export function CheckboxField({ label, error, ...props }: Omit<Common, "description"> & ComponentProps<"input">) {
  const id = useId();
  const message = useFieldErrorMessage()(error);
  const errorId = message ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          aria-describedby={errorId}
          aria-invalid={Boolean(message)}
          className="mt-1 size-5 accent-blue-800"
          {...props}
        />
        <label htmlFor={id} className="text-slate-900">
          {label}
        </label>
      </div>
      {message && (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {message}
        </p>
      )}
    </div>
  );
}
