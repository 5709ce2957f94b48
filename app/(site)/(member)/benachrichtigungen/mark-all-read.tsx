"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { LiveMessage } from "@/components/ui/live-message";
import type { ActionErrorCode } from "@/lib/action/result";
import { markNotificationsReadAction } from "@/lib/notifications/actions";

/**
 * "Alle als gelesen markieren", with the number still unread. It stays mounted when the list below
 * is refreshed, so its confirmation is read out and focus has somewhere to go once the button is gone.
 */
export function MarkAllRead({ unread }: { unread: number }) {
  const t = useTranslations("notifications");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; error: ActionErrorCode } | null>(null);
  const summary = useRef<HTMLParagraphElement>(null);

  const markAll = () =>
    startTransition(async () => {
      setOutcome(null);
      const result = await markNotificationsReadAction({});
      if (!result.ok) {
        setOutcome({ ok: false, error: result.error });
        return;
      }
      setOutcome({ ok: true });
      summary.current?.focus();
      // The header's count is part of the layout: refresh it too.
      router.refresh();
    });

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-4">
        <p ref={summary} tabIndex={-1} className="font-medium focus:outline-none">
          {t("unreadCount", { count: unread })}
        </p>
        {unread > 0 && (
          <Button type="button" variant="secondary" pending={pending} onClick={markAll}>
            {t("markAllRead")}
          </Button>
        )}
      </div>
      <LiveMessage
        message={outcome === null ? null : outcome.ok ? { tone: "success", text: t("markedRead") } : { tone: "error", text: tErrors(outcome.error) }}
      />
    </div>
  );
}
