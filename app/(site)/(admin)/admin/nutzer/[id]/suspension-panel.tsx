"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import type { FormStatus as Status } from "@/components/forms/use-action-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { RULES_OF_CONDUCT } from "@/lib/moderation/rules-of-conduct";
import { suspendUserAction, unsuspendUserAction } from "@/lib/users/admin-actions";
import { SUSPENSION_DURATIONS, suspendUserSchema, unsuspendUserSchema } from "@/lib/users/schemas";

const idle: Status = { kind: "idle" };

/**
 * Suspending and lifting a suspension. Both forms live in one panel with one status line, so the
 * outcome stays visible when a success swaps one form for the other.
 */
export function SuspensionPanel({
  userId,
  suspended,
  maySuspend,
  mayLift,
  isAdminAccount,
}: {
  userId: string;
  /** The stored status, so a suspension that has run out can still be lifted (as the policy allows). */
  suspended: boolean;
  maySuspend: boolean;
  mayLift: boolean;
  isAdminAccount: boolean;
}) {
  const t = useTranslations("admin.suspensionForm");
  const tRules = useTranslations("conduct.rules");
  const router = useRouter();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [last, setLast] = useState<"suspend" | "lift" | null>(null);

  const afterSuccess = () => {
    // The form just used is replaced by the other one; keep keyboard focus in the panel.
    headingRef.current?.focus();
    router.refresh();
  };
  const {
    form: suspendForm,
    onSubmit: onSuspend,
    status: suspendStatus,
    pending: suspendPending,
  } = useActionForm({
    schema: suspendUserSchema,
    action: suspendUserAction,
    defaultValues: { userId, reason: "" },
    onSuccess: () => {
      suspendForm.reset();
      afterSuccess();
    },
  });
  const {
    form: liftForm,
    onSubmit: onLift,
    status: liftStatus,
    pending: liftPending,
  } = useActionForm({
    schema: unsuspendUserSchema,
    action: unsuspendUserAction,
    defaultValues: { userId, reason: "" },
    onSuccess: () => {
      liftForm.reset();
      afterSuccess();
    },
  });

  const showLift = suspended && mayLift;
  const status = last === "suspend" ? suspendStatus : last === "lift" ? liftStatus : idle;
  const success = last === "suspend" ? t("suspended") : t("lifted");

  const suspendFields = (
    <form
      onSubmit={(event) => {
        setLast("suspend");
        return onSuspend(event);
      }}
      noValidate
      className="flex flex-col gap-4"
      aria-label={suspended ? t("changeTitle") : t("suspendTitle")}
    >
      <SelectField label={t("duration")} error={suspendForm.formState.errors.duration?.message} {...suspendForm.register("duration")}>
        <option value="">{t("durationPlaceholder")}</option>
        {SUSPENSION_DURATIONS.map((duration) => (
          <option key={duration} value={duration}>
            {t(`durations.${duration}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("rule")} error={suspendForm.formState.errors.ruleKey?.message} {...suspendForm.register("ruleKey")}>
        <option value="">{t("rulePlaceholder")}</option>
        {RULES_OF_CONDUCT.map((rule) => (
          <option key={rule} value={rule}>
            {tRules(rule)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t("reason")}
        description={t("reasonHint")}
        error={suspendForm.formState.errors.reason?.message}
        {...suspendForm.register("reason")}
      />
      <div>
        <Button type="submit" variant="danger" pending={suspendPending}>
          {suspended ? t("change") : t("suspend")}
        </Button>
      </div>
    </form>
  );

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-4">
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
        {t("title")}
      </h3>
      {!suspended && <p>{t("notSuspended")}</p>}
      {!maySuspend && isAdminAccount && <p>{t("adminCannotBeSuspended")}</p>}

      {showLift && (
        <form
          onSubmit={(event) => {
            setLast("lift");
            return onLift(event);
          }}
          noValidate
          className="flex flex-col gap-4"
          aria-label={t("liftTitle")}
        >
          <TextAreaField
            label={t("liftReason")}
            description={t("liftReasonHint")}
            error={liftForm.formState.errors.reason?.message}
            {...liftForm.register("reason")}
          />
          <div>
            <Button type="submit" pending={liftPending}>
              {t("lift")}
            </Button>
          </div>
        </form>
      )}
      {maySuspend && !suspended && suspendFields}

      <FormStatus status={status} success={success} />

      {maySuspend && suspended && (
        <details className="rounded-md border border-slate-300 p-3">
          <summary className="cursor-pointer font-medium">{t("changeTitle")}</summary>
          <div className="mt-3 flex flex-col gap-4">
            <p>{t("changeHint")}</p>
            {suspendFields}
          </div>
        </details>
      )}
    </section>
  );
}
