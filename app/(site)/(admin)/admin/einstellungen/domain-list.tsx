"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { removeOfficialDomainAction } from "@/lib/district/actions";
import { ConfirmRemove } from "./confirm-remove";
import { LiveMessage } from "@/components/ui/live-message";

/** The official domains, each with a confirmed "remove". */
export function DomainList({ domains, headingId }: { domains: string[]; headingId: string }) {
  const t = useTranslations("district.settings.domains");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ text: string; tone: "success" | "error" } | null>(null);

  const remove = (domain: string) =>
    startTransition(async () => {
      const result = await removeOfficialDomainAction({ domain });
      if (!result.ok) {
        setMessage({ text: tErrors(result.error, result.params ?? {}), tone: "error" });
        return;
      }
      setMessage({ text: t("removed", { domain }), tone: "success" });
      document.getElementById(headingId)?.focus();
      router.refresh();
    });

  return (
    <div className="flex flex-col gap-3">
      {domains.length === 0 ? (
        <p className="rounded-md border border-red-800 bg-red-50 px-3 py-2 text-red-900">{t("empty")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="flex flex-col gap-2">
          {domains.map((domain) => (
            <li key={domain} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-300 bg-white px-3 py-2">
              <span className="font-mono">{domain}</span>
              <ConfirmRemove name={domain} pending={pending} onConfirm={() => remove(domain)} />
            </li>
          ))}
        </ul>
      )}
      <LiveMessage message={message} />
    </div>
  );
}
