import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SuspendedNotice } from "@/components/suspended-notice";
import { getDistrictSettings } from "@/lib/district/queries";
import { clientMessages } from "@/lib/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const [settings, t] = await Promise.all([getDistrictSettings(), getTranslations("common.meta")]);
  return {
    title: { default: settings.platformName, template: `%s – ${settings.platformName}` },
    description: t("description", { district: settings.districtName }),
  };
}

export default async function RootLayout({ children, header }: { children: ReactNode; header: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* Only what client components read: the full set would travel with every page. */}
        <NextIntlClientProvider messages={clientMessages(locale)}>
          <a
            href="#inhalt"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
          >
            {t("skipLink")}
          </a>
          {/* app/@header: rendered per navigation, so it always shows the current session. */}
          {header}
          <main id="inhalt" tabIndex={-1} className="mx-auto w-full max-w-4xl flex-1 px-4 py-8 focus:outline-none">
            <SuspendedNotice />
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
