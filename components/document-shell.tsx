import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import type { Locale } from "@/lib/i18n/config";
import { clientMessages } from "@/lib/i18n/client-messages";

/**
 * The document around every page: language, skip link, header, main, footer. Both root layouts use
 * it — the per-request one (app/(site)) and the visitors' cached one (app/(besuch)), which must not
 * read the request and so passes the language from its path.
 */
export async function DocumentShell({ locale, header, notice, children }: { locale: Locale; header: ReactNode; notice?: ReactNode; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* Only what client components read: the full set would travel with every page. */}
        <NextIntlClientProvider locale={locale} messages={clientMessages(locale)}>
          <a
            href="#inhalt"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
          >
            {t("skipLink")}
          </a>
          {header}
          <main id="inhalt" tabIndex={-1} className="mx-auto w-full max-w-4xl flex-1 px-4 py-8 focus:outline-none">
            {notice}
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
