import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { DocumentShell } from "@/components/document-shell";
import { SiteHeader } from "@/components/site-header";
import { locales, type Locale } from "@/lib/i18n/config";
import { siteMetadata } from "@/lib/navigation/site-metadata";
import "../../../globals.css";

type Params = Promise<{ sprache: string }>;

const isLocale = (value: string): value is Locale => (locales as readonly string[]).includes(value);

// Rendered on a visitor's first request and then served from the page cache until a write
// invalidates it (lib/cache): nothing is rendered at build time, when there is no database.
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { sprache } = await params;
  return isLocale(sprache) ? siteMetadata(sprache) : {};
}

/**
 * The root layout of visitors' cached pages (see lib/cache/visitor-paths.ts). It never reads the
 * request: the language comes from the path, and the header is the one for a visitor (the session
 * lookup finds no cookie in a static render).
 */
export default async function VisitorLayout({ children, params }: { children: ReactNode; params: Params }) {
  const { sprache } = await params;
  if (!isLocale(sprache)) notFound();
  setRequestLocale(sprache);
  return (
    <DocumentShell locale={sprache} header={<SiteHeader />}>
      {children}
    </DocumentShell>
  );
}
