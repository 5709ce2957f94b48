"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * "Entfernen" that asks once more before it acts. Focus moves to the confirmation, and back to
 * "Entfernen" on cancel, so keyboard users stay where they were.
 */
export function ConfirmRemove({ name, pending, onConfirm }: { name: string; pending: boolean; onConfirm: () => void }) {
  const t = useTranslations("district.settings.catalog");
  const [asking, setAsking] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const moveFocus = useRef(false);

  useEffect(() => {
    // Only after the user switched between the two states, never on the first render.
    if (moveFocus.current) container.current?.querySelector("button")?.focus();
    moveFocus.current = false;
  }, [asking]);

  const switchTo = (value: boolean) => {
    moveFocus.current = true;
    setAsking(value);
  };

  return (
    <div ref={container} className="flex flex-wrap items-center gap-2">
      {asking ? (
        <>
          <span className="font-medium">{t("confirmQuestion", { name })}</span>
          <Button type="button" variant="danger" pending={pending} onClick={onConfirm}>
            {t("confirmRemove")}
          </Button>
          <Button type="button" variant="secondary" onClick={() => switchTo(false)}>
            {t("cancel")}
          </Button>
        </>
      ) : (
        <Button type="button" variant="secondary" aria-label={`${t("remove")}: ${name}`} onClick={() => switchTo(true)}>
          {t("remove")}
        </Button>
      )}
    </div>
  );
}
