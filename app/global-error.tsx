"use client";

import { useSyncExternalStore } from "react";
import { ErrorPanel, errorDigest } from "@/components/error-panel";
import { defaultLocale, localeFromCookieHeader } from "@/lib/i18n/config";
import { errorPageMessages } from "@/lib/i18n/error-page-messages";
import "./globals.css";

const subscribe = () => () => {};

/**
 * The root layout itself failed (its header reads the district's settings from the database), so
 * this renders the whole document, without the NextIntl provider: the language comes from the
 * locale cookie once in the browser, German on the server.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const locale = useSyncExternalStore(subscribe, () => localeFromCookieHeader(document.cookie), () => defaultLocale);
  const t = errorPageMessages[locale];
  const digest = errorDigest(error);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <title>{`${t.title} – Kiezwerk`}</title>
        <header className="border-b border-slate-300 bg-white">
          <div className="mx-auto max-w-4xl px-4 py-3">
            <span className="text-2xl font-bold text-blue-900">Kiezwerk</span>
          </div>
        </header>
        <main id="inhalt" className="mx-auto w-full max-w-4xl flex-1 px-4 py-8">
          <ErrorPanel
            retry={retry}
            text={{ ...t, reference: digest ? t.reference.replace("{digest}", digest) : null }}
          />
        </main>
      </body>
    </html>
  );
}
