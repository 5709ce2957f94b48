"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocaleAction } from "@/lib/i18n/actions";
import { locales } from "@/lib/i18n/config";

export function LocaleSwitcher() {
  const current = useLocale();
  const t = useTranslations("common.locale");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div role="group" aria-label={t("label")} className="flex gap-1">
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={locale === current}
          aria-label={t("switchTo", { language: t(locale) })}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              await setLocaleAction({ locale });
              router.refresh();
            })
          }
          className="rounded px-2 py-1 text-sm font-semibold uppercase text-slate-800 aria-pressed:bg-blue-800 aria-pressed:text-white"
        >
          {locale}
        </button>
      ))}
    </div>
  );
}
