import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SpaceList } from "@/components/spaces/space-list";
import { getSessionUser } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("spaces");
  return { title: t("list.title") };
}

export default async function SpacesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [viewer, params] = await Promise.all([getSessionUser(), searchParams]);
  return <SpaceList viewer={viewer} from={firstParam(params.ab)} />;
}
