import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { DocumentShell } from "@/components/document-shell";
import { SuspendedNotice } from "@/components/suspended-notice";
import { siteMetadata } from "@/lib/navigation/site-metadata";
import { toLocale } from "@/lib/i18n/config";
import "../globals.css";

export async function generateMetadata(): Promise<Metadata> {
  return siteMetadata(toLocale(await getLocale()));
}

/** The root layout of every page rendered per request (signed-in people, forms, staff areas). */
export default async function SiteLayout({ children, header }: { children: ReactNode; header: ReactNode }) {
  return (
    // app/(site)/@header: rendered per navigation, so it always shows the current session.
    <DocumentShell locale={toLocale(await getLocale())} header={header} notice={<SuspendedNotice />}>
      {children}
    </DocumentShell>
  );
}
