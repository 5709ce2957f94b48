"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { loadPage } from "@/components/forms/load-page";
import { Button } from "@/components/ui/button";
import { signOutEverywhereAction } from "@/lib/auth/actions";
import { SIGNED_OUT_EVERYWHERE_PATH } from "@/lib/users/paths";

/**
 * "Überall abmelden" asks first: it ends this session too. Afterwards the sign-in page says what
 * happened; the other devices' headers show signed-out at their next navigation (the header is
 * rendered per navigation, app/@header).
 */
export function SignOutEverywhere() {
  const t = useTranslations("account.settings");
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);

  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (returnFocus) opener.current?.focus();
  }, [confirming, returnFocus]);

  if (!confirming) {
    return (
      <div>
        <Button ref={opener} type="button" variant="danger" onClick={() => setConfirming(true)}>
          {t("signOutEverywhere")}
        </Button>
      </div>
    );
  }
  return (
    <div role="group" aria-labelledby="sign-out-everywhere-question" className="flex flex-col gap-3 rounded-lg border border-red-800 bg-red-50 p-4">
      <p id="sign-out-everywhere-question" ref={question} tabIndex={-1} className="font-medium focus:outline-none">
        {t("signOutEverywhereConfirm")}
      </p>
      <div className="flex flex-wrap gap-3">
        <Button
          type="button"
          variant="danger"
          pending={pending}
          onClick={() =>
            startTransition(async () => {
              await signOutEverywhereAction({});
              loadPage(SIGNED_OUT_EVERYWHERE_PATH);
            })
          }
        >
          {t("signOutEverywhereYes")}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setReturnFocus(true);
            setConfirming(false);
          }}
        >
          {t("signOutEverywhereCancel")}
        </Button>
      </div>
    </div>
  );
}
