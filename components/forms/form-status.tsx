"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { FormStatus as Status } from "./use-action-form";

/** The form's outcome, announced to screen readers as it appears. */
export function FormStatus({ status, success }: { status: Status; success?: ReactNode }) {
  const t = useTranslations("errors");
  return (
    <div aria-live="polite" role="status" className="min-h-6">
      {status.kind === "error" && (
        <p className="rounded-md border border-red-800 bg-red-50 px-3 py-2 text-red-900">{t(status.error, status.params ?? {})}</p>
      )}
      {status.kind === "success" && success && (
        <p className="rounded-md border border-green-800 bg-green-50 px-3 py-2 text-green-900">{success}</p>
      )}
    </div>
  );
}
