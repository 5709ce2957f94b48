"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { LiveMessage } from "@/components/ui/live-message";
import type { ActionErrorCode } from "@/lib/action/result";
import { createCalendarLinkAction, revokeCalendarLinkAction } from "@/lib/spaces/calendar/actions";

type Outcome = { tone: "success" | "error"; key: "created" | "revoked" | "copied" } | { tone: "error"; error: ActionErrorCode };

/**
 * Creating, copying and revoking the secret "Meine Termine" link. The new link comes back from the
 * action and lives only in this component's state: after a reload the page can only say that one exists.
 */
export function CalendarLinkForm({ createdOn }: { createdOn: string | null }) {
  const t = useTranslations("spaces.calendarLink");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [url, setUrl] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (url) field.current?.select();
  }, [url]);

  const run = (action: typeof createCalendarLinkAction | typeof revokeCalendarLinkAction) =>
    start(async () => {
      const result = await action({});
      if (!result.ok) return setOutcome({ tone: "error", error: result.error });
      const created = result.data && "url" in result.data ? result.data.url : null;
      setUrl(created);
      setOutcome({ tone: "success", key: created ? "created" : "revoked" });
      router.refresh();
    });

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setOutcome({ tone: "success", key: "copied" });
    } catch {
      // No clipboard (an http page, a refused permission): the text stays selected for copying by hand.
      field.current?.select();
    }
  };

  const exists = url !== null || createdOn !== null;
  return (
    <div className="flex flex-col gap-4">
      {url ? (
        <div className="flex flex-col gap-3 rounded-md border border-slate-300 p-4">
          <TextField ref={field} label={t("urlLabel")} description={t("shownOnce")} value={url} readOnly onFocus={(event) => event.currentTarget.select()} />
          <div>
            <Button type="button" variant="secondary" className="min-h-11" onClick={copy}>
              {t("copy")}
            </Button>
          </div>
        </div>
      ) : (
        <p>{createdOn ? t("existsSince", { date: createdOn }) : t("none")}</p>
      )}
      {exists && <p className="text-sm text-slate-700">{t("replaceHint")}</p>}
      <div className="flex flex-wrap gap-3">
        <Button type="button" className="min-h-11" pending={pending} onClick={() => run(createCalendarLinkAction)}>
          {exists ? t("replace") : t("create")}
        </Button>
        {exists && (
          <Button type="button" variant="danger" className="min-h-11" pending={pending} onClick={() => run(revokeCalendarLinkAction)}>
            {t("revoke")}
          </Button>
        )}
      </div>
      <LiveMessage message={outcome && ("error" in outcome ? { tone: "error", text: tErrors(outcome.error) } : { tone: outcome.tone, text: t(outcome.key) })} />
    </div>
  );
}
