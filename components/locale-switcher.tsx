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
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              await setLocaleAction({ locale });
              router.refresh();
            })
          }
          className="inline-flex min-h-11 min-w-11 items-center justify-center rounded px-2 text-sm font-semibold text-slate-800 aria-pressed:bg-blue-800 aria-pressed:text-white"
        >
          {/* The name starts with the visible "DE"/"EN" (WCAG 2.5.3) and then says the language in full. */}
          {locale.toUpperCase()}
          <span className="sr-only"> – {t(locale)}</span>
        </button>
      ))}
    </div>
  );
}
