"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { LiveMessage } from "@/components/ui/live-message";
import { blockPersonAction, leaveConversationAction, unblockPersonAction } from "@/lib/messages/actions";
import { MESSAGES_PATH } from "@/lib/messages/paths";
import type { ActionErrorCode } from "@/lib/action/result";

/** Block or unblock one person of the conversation; the blocked person is not told. */
export function BlockButton({ userId, name, blocked }: { userId: string; name: string; blocked: boolean }) {
  const t = useTranslations("messages.block");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionErrorCode | null>(null);
  const [confirming, setConfirming] = useState(false);
  const run = () =>
    start(async () => {
      const result = blocked ? await unblockPersonAction({ userId }) : await blockPersonAction({ userId });
      setConfirming(false);
      if (!result.ok) return setError(result.error);
      setError(null);
      router.refresh();
    });
  return (
    <div className="flex flex-col items-start gap-2">
      {blocked ? (
        <Button type="button" variant="secondary" className="px-3 py-1 text-sm" pending={pending} onClick={run}>
          {t("unblock", { name })}
        </Button>
      ) : confirming ? (
        <div className="flex flex-col gap-2 rounded-md border border-slate-400 bg-slate-50 p-3">
          <p className="text-sm">{t("confirmText", { name })}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="button" className="px-3 py-1 text-sm" pending={pending} onClick={run}>
              {t("confirm", { name })}
            </Button>
            <Button type="button" variant="secondary" className="px-3 py-1 text-sm" onClick={() => setConfirming(false)}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button type="button" variant="secondary" className="px-3 py-1 text-sm" onClick={() => setConfirming(true)}>
          {t("block", { name })}
        </Button>
      )}
      <LiveMessage message={error ? { tone: "error", text: tErrors(error) } : null} />
    </div>
  );
}

/** Leave a group: it disappears from one's list; the others keep the history. */
export function LeaveButton({ conversationId }: { conversationId: string }) {
  const t = useTranslations("messages.leave");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionErrorCode | null>(null);
  const leave = () =>
    start(async () => {
      const result = await leaveConversationAction({ conversationId });
      if (!result.ok) return setError(result.error);
      router.push(MESSAGES_PATH);
    });
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-800">{t("hint")}</p>
      <div>
        <Button type="button" variant="secondary" pending={pending} onClick={leave}>
          {t("submit")}
        </Button>
      </div>
      <LiveMessage message={error ? { tone: "error", text: tErrors(error) } : null} />
    </div>
  );
}
