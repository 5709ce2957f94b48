"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { LiveMessage } from "@/components/ui/live-message";
import type { ActionErrorCode } from "@/lib/action/result";
import { retryDeliveryAction } from "@/lib/notifications/actions";

/** "Erneut versuchen": queues the mail again; the row leaves the list on the next refresh. */
export function RetryDelivery({ id }: { id: string }) {
  const t = useTranslations("notifications.delivery");
  const tErrors = useTranslations("errors");
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; error: ActionErrorCode } | null>(null);
  return (
    <div className="flex flex-col gap-1">
      <Button
        type="button"
        variant="secondary"
        pending={pending}
        onClick={() => startTransition(async () => setOutcome(await retryDeliveryAction({ id })))}
      >
        {t("retry")}
      </Button>
      <LiveMessage message={outcome === null ? null : outcome.ok ? { tone: "success", text: t("retried") } : { tone: "error", text: tErrors(outcome.error) }} />
    </div>
  );
}
