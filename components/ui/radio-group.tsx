"use client";

import { useId, type ComponentProps, type ReactNode } from "react";

export interface RadioOption {
  value: string;
  label: ReactNode;
  /** Said after the label, tied to the radio with aria-describedby. */
  hint?: ReactNode;
}

/**
 * A group of radios with a legend, per-option hints and one error under the group. `inputProps`
 * are spread on every radio (react-hook-form's register()).
 */
export function RadioGroup({
  legend,
  description,
  options,
  error,
  inputProps,
}: {
  legend: ReactNode;
  description?: ReactNode;
  options: RadioOption[];
  /** Already a sentence. */
  error?: string;
  inputProps: Omit<ComponentProps<"input">, "type" | "value" | "id">;
}) {
  const id = useId();
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      className="flex flex-col gap-2"
      aria-describedby={[descriptionId, errorId].filter(Boolean).join(" ") || undefined}
    >
      <legend className="mb-1 font-medium text-slate-900">{legend}</legend>
      {description && (
        <p id={descriptionId} className="text-sm text-slate-700">
          {description}
        </p>
      )}
      <ul className="flex flex-col gap-2">
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          const hintId = option.hint ? `${optionId}-hint` : undefined;
          return (
            <li key={option.value} className="flex items-start gap-2">
              <input
                {...inputProps}
                type="radio"
                id={optionId}
                value={option.value}
                aria-describedby={hintId}
                className="mt-1 size-5 shrink-0 accent-blue-800"
              />
              <div className="flex flex-col">
                <label htmlFor={optionId} className="font-medium text-slate-900">
                  {option.label}
                </label>
                {option.hint && (
                  <span id={hintId} className="text-sm text-slate-700">
                    {option.hint}
                  </span>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
