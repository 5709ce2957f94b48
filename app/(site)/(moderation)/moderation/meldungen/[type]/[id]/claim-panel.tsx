"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, type ReactNode } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { claimReportsAction } from "@/lib/moderation/actions";
import { claimSchema } from "@/lib/moderation/schemas";
import type { TargetType } from "@/lib/moderation/targets";

/** Who holds the open reports on this target, and the button to take them over. */
export function ClaimPanel({
  targetType,
  targetId,
  claimedBy,
  claimedByViewer,
  mayClaim,
}: {
  targetType: TargetType;
  targetId: string;
  /** The name of the moderator holding them, rendered on the server; null when nobody does. */
  claimedBy: ReactNode | null;
  claimedByViewer: boolean;
  mayClaim: boolean;
}) {
  const t = useTranslations("moderation.claim");
  const router = useRouter();
  const stateRef = useRef<HTMLParagraphElement>(null);
  const { form, onSubmit, status, pending } = useActionForm({
    schema: claimSchema,
    action: claimReportsAction,
    defaultValues: { targetType, targetId },
    onSuccess: () => {
      // The button goes away once the page knows; keep keyboard focus on the new state.
      stateRef.current?.focus();
      router.refresh();
    },
  });
  return (
    <div className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4">
      <p ref={stateRef} tabIndex={-1} className="flex flex-wrap items-center gap-x-2">
        {claimedByViewer ? (
          t("claimedByYou")
        ) : claimedBy ? (
          <>
            <span className="font-medium">{t("claimedBy")}:</span> {claimedBy}
          </>
        ) : (
          t("notClaimed")
        )}
      </p>
      {mayClaim && !claimedByViewer && (
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
          <input type="hidden" {...form.register("targetType")} />
          <input type="hidden" {...form.register("targetId")} />
          {claimedBy && <p className="text-sm text-slate-700">{t("takeOverHint")}</p>}
          <div>
            <Button type="submit" variant="secondary" pending={pending}>
              {t("button")}
            </Button>
          </div>
        </form>
      )}
      {/* Success needs no sentence of its own: the state above says it and takes focus. */}
      <FormStatus status={status} />
    </div>
  );
}
