"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LiveMessage } from "../ui/live-message";
import type { FormStatus as Status } from "./use-action-form";

/** The form's outcome, announced to screen readers as it appears. */
export function FormStatus({ status, success }: { status: Status; success?: ReactNode }) {
  const t = useTranslations("errors");
  if (status.kind === "error") return <LiveMessage message={{ tone: "error", text: t(status.error, status.params ?? {}) }} />;
  if (status.kind === "success" && success) return <LiveMessage message={{ tone: "success", text: success }} />;
  return <LiveMessage message={null} />;
}
