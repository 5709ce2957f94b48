import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DocumentShell } from "@/components/document-shell";
import { SiteHeader } from "@/components/site-header";
import { toLocale } from "@/lib/i18n/config";
import NotFound from "./(site)/not-found";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("common.notFound"))("title") };
}

/** An address no route matches (with two root layouts, this page brings its own document). */
export default async function GlobalNotFound() {
  return (
    <DocumentShell locale={toLocale(await getLocale())} header={<SiteHeader />}>
      <NotFound />
    </DocumentShell>
  );
}
