"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { LiveMessage } from "@/components/ui/live-message";
import { reportReasons, type moderationTargetTypes } from "@/db/schema/moderation";
import { reportAction } from "@/lib/moderation/actions";
import { EXPLANATION_MAX_LENGTH, reportSchema } from "@/lib/moderation/schemas";
import { NOTIFICATIONS_PATH } from "@/lib/notifications/paths";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";

// Messages are reported from their conversation (app/(site)/(member)/nachrichten), with their context.
export type ReportTargetType = Exclude<(typeof moderationTargetTypes)[number], "message">;

interface ReportPanelProps {
  targetType: ReportTargetType;
  targetId: string;
  /** Names what is reported for screen readers beyond the button's name, e.g. a comment's author and time. */
  describedBy?: string;
}

/**
 * "Melden": a disclosure that opens the report form in place. Focus moves into the form when it
 * opens and back to the button when it closes (Escape or "Abbrechen"); after sending, the
 * confirmation takes its place.
 */
export function ReportPanel({ targetType, targetId, describedBy }: ReportPanelProps) {
  const t = useTranslations("reports.control");
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const close = () => {
    setOpen(false);
    setSent(false);
    toggle.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      close();
    }
  };

  return (
    <div className="flex flex-col items-start gap-3">
      <Button
        ref={toggle}
        type="button"
        variant="secondary"
        className="px-3 py-1 text-sm"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={t(`open.${targetType}`)}
        aria-describedby={describedBy}
        onClick={() => (open ? close() : setOpen(true))}
      >
        <FlagIcon />
        {t("button")}
      </Button>
      {open && (
        <div id={panelId} onKeyDown={onKeyDown} className="flex w-full flex-col gap-3 rounded-md border border-slate-400 bg-slate-50 p-4">
          {sent ? (
            <ReportSent onClose={close} />
          ) : (
            <ReportForm targetType={targetType} targetId={targetId} onSent={() => setSent(true)} onCancel={close} />
          )}
        </div>
      )}
    </div>
  );
}

function ReportForm({
  targetType,
  targetId,
  onSent,
  onCancel,
}: {
  targetType: ReportTargetType;
  targetId: string;
  onSent: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("reports.control");
  const tReasons = useTranslations("conduct.reasons");
  const message = useFieldErrorMessage("conduct");
  const id = useId();
  const { form, onSubmit, status, pending } = useActionForm({
    schema: reportSchema,
    action: reportAction,
    defaultValues: { targetType, targetId, explanation: "", mediationConsent: false },
    onSuccess: (): void => onSent(),
  });
  const reasonError = message(form.formState.errors.reason?.message);
  const reasonErrorId = `${id}-reason-error`;
  const firstReason = useRef<HTMLInputElement | null>(null);
  const { ref: reasonRef, ...reasonField } = form.register("reason");

  // The first choice takes focus when the form opens, so keyboard and screen-reader users start in it.
  useEffect(() => firstReason.current?.focus(), []);

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <p className="text-sm text-slate-800">
        {t.rich("intro", { terms: (chunks) => <Link href="/nutzungsbedingungen">{chunks}</Link> })}
      </p>
      <input type="hidden" {...form.register("targetType")} />
      <input type="hidden" {...form.register("targetId")} />
      <fieldset aria-describedby={reasonError ? reasonErrorId : undefined} className="flex flex-col gap-2">
        <legend className="mb-1 font-medium text-slate-900">{t("reason")}</legend>
        {reportReasons.map((reason, i) => (
          <div key={reason} className="flex items-start gap-2">
            <input
              id={`${id}-${reason}`}
              type="radio"
              value={reason}
              className="mt-1 size-4 accent-blue-800"
              {...reasonField}
              ref={(element) => {
                reasonRef(element);
                if (i === 0) firstReason.current = element;
              }}
            />
            <label htmlFor={`${id}-${reason}`}>{tReasons(reason)}</label>
          </div>
        ))}
        {reasonError && (
          <p id={reasonErrorId} className="text-sm font-medium text-red-800">
            {reasonError}
          </p>
        )}
      </fieldset>
      <TextAreaField
        label={t("explanation")}
        description={t("explanationHint", { max: EXPLANATION_MAX_LENGTH })}
        rows={4}
        error={message(form.formState.errors.explanation?.message)}
        {...form.register("explanation")}
      />
      <p className="text-sm text-slate-800">{t("confidential")}</p>
      <div className="flex items-start gap-2">
        <input id={`${id}-consent`} type="checkbox" className="mt-1 size-4 accent-blue-800" aria-describedby={`${id}-consent-hint`} {...form.register("mediationConsent")} />
        <div className="flex flex-col gap-0.5">
          <label htmlFor={`${id}-consent`}>{t("mediationConsent")}</label>
          <p id={`${id}-consent-hint`} className="text-sm text-slate-700">
            {t("mediationConsentHint")}
          </p>
        </div>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={pending}>
          {t("submit")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
      <FormStatus status={status} />
    </form>
  );
}

function ReportSent({ onClose }: { onClose: () => void }) {
  const t = useTranslations("reports.control");
  const region = useRef<HTMLDivElement>(null);
  // The form is gone: focus goes to the confirmation, so it is read out and the user knows where they are.
  useEffect(() => region.current?.focus(), []);
  return (
    <>
      <div ref={region} tabIndex={-1} className="focus:outline-none">
        <LiveMessage
          message={{
            tone: "success",
            text: t.rich("sent", { notifications: (chunks) => <Link href={NOTIFICATIONS_PATH}>{chunks}</Link> }),
          }}
        />
      </div>
      <div>
        <Button type="button" variant="secondary" className="px-3 py-1 text-sm" onClick={onClose}>
          {t("close")}
        </Button>
      </div>
    </>
  );
}

function FlagIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.5">
      <path d="M3 14.5V2m0 .5h8.5l-1.5 3 1.5 3H3" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
