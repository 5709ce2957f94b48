import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { toLocale } from "@/lib/i18n/config";
import type { SearchParams } from "@/lib/http/search-params";

type PageProps<P> = { params: Promise<P>; searchParams: Promise<SearchParams> };

/**
 * A visitor's copy of a page of app/(site), for the page cache: the language from the path (set for
 * this render, as next-intl asks of every cached page), and the query the copy stands for — never
 * the request's, which a cached page does not read (a filtered list passes its path segments).
 */
export function visitorCopy<P extends Record<string, string>>(
  page: (props: PageProps<P>) => ReactNode | Promise<ReactNode>,
  metadata?: (props: PageProps<P>) => Promise<Metadata>,
  query: (params: P) => SearchParams = () => ({}),
) {
  type RouteParams = P & { sprache: string };
  const propsOf = async (params: Promise<RouteParams>): Promise<PageProps<P>> => {
    const resolved = await params;
    setRequestLocale(toLocale(resolved.sprache));
    return { params: Promise.resolve(resolved), searchParams: Promise.resolve(query(resolved)) };
  };
  const Render = page;
  return {
    Copy: async function VisitorCopy({ params }: { params: Promise<RouteParams> }) {
      return <Render {...await propsOf(params)} />;
    },
    generateMetadata: async ({ params }: { params: Promise<RouteParams> }) => (metadata ? metadata(await propsOf(params)) : {}),
  };
}
