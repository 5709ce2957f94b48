import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SpacePageBody } from "@/components/spaces/space-page-body";
import { getSessionUser } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { can } from "@/lib/policy";
import { getSpace } from "@/lib/spaces/queries";

type Params = Promise<{ spaceId: string }>;

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { spaceId } = await params;
  const viewer = await getSessionUser();
  const space = isUuid(spaceId) ? await getSpace(spaceId, viewer?.id ?? null) : null;
  // A private space's name is not revealed to those outside it.
  if (!space || !can(viewer, "space.read", { space })) return { title: (await getTranslations("common.notFound"))("title") };
  return { title: space.name, description: space.summary };
}

export default async function SpacePage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const [{ spaceId }, query, viewer] = await Promise.all([params, searchParams, getSessionUser()]);
  if (!isUuid(spaceId)) notFound();
  return <SpacePageBody viewer={viewer} spaceId={spaceId} from={firstParam(query.ab)} />;
}
