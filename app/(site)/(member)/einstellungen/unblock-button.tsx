"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { LiveMessage } from "@/components/ui/live-message";
import type { ActionErrorCode } from "@/lib/action/result";
import { unblockPersonAction } from "@/lib/messages/actions";

/** Lifts a block: the person may write again as one's setting allows. */
export function UnblockButton({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations("messages.block");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionErrorCode | null>(null);
  return (
    <>
      <Button
        type="button"
        variant="secondary"
        className="px-3 py-1 text-sm"
        pending={pending}
        onClick={() =>
          start(async () => {
            const result = await unblockPersonAction({ userId });
            if (!result.ok) return setError(result.error);
            router.refresh();
          })
        }
      >
        {t("unblock", { name })}
      </Button>
      <LiveMessage message={error ? { tone: "error", text: tErrors(error) } : null} />
    </>
  );
}
