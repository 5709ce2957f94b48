"use client";

import type { ComponentProps } from "react";

const variants = {
  primary: "bg-blue-800 text-white hover:bg-blue-900 disabled:bg-blue-800/60",
  secondary: "border border-slate-400 bg-white text-slate-900 hover:bg-slate-100",
  danger: "bg-red-800 text-white hover:bg-red-900 disabled:bg-red-800/60",
} as const;

export function Button({
  variant = "primary",
  pending = false,
  className = "",
  children,
  ...props
}: ComponentProps<"button"> & { variant?: keyof typeof variants; pending?: boolean }) {
  return (
    <button
      {...props}
      // While pending the button stays focusable (aria-disabled, not disabled), so keyboard focus
      // is not thrown back to the page start; clicks are ignored instead.
      disabled={props.disabled}
      aria-disabled={pending || props.disabled || undefined}
      aria-busy={pending || undefined}
      onClick={(event) => {
        if (pending) {
          event.preventDefault();
          return;
        }
        props.onClick?.(event);
      }}
      className={`inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 font-medium focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-500 aria-disabled:cursor-not-allowed aria-disabled:opacity-70 ${variants[variant]} ${className}`}
    >
      {children}
    </button>
  );
}
