"use client";

import { useId, type ComponentProps, type ReactNode } from "react";

/** A group of checkboxes with a legend and one error under the group; `inputProps` from register(). */
export function CheckboxGroup({
  legend,
  description,
  options,
  error,
  inputProps,
}: {
  legend: ReactNode;
  description?: ReactNode;
  options: Array<{ id: number; name: string }>;
  /** Already a sentence. */
  error?: string;
  inputProps: Omit<ComponentProps<"input">, "type" | "value" | "id">;
}) {
  const id = useId();
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={[descriptionId, errorId].filter(Boolean).join(" ") || undefined}>
      <legend className="mb-1 font-medium text-slate-900">{legend}</legend>
      {description && (
        <p id={descriptionId} className="text-sm text-slate-700">
          {description}
        </p>
      )}
      <div className="grid grid-cols-1 gap-x-4 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.id} className="flex min-h-11 items-center gap-2 text-slate-900">
            <input type="checkbox" value={String(option.id)} className="size-5 accent-blue-800" {...inputProps} />
            {option.name}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
