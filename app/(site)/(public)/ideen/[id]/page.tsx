import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IdeaPageBody } from "@/components/ideas/idea-page-body";
import { getSessionUser } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { getIdea, loadIdeaFacts } from "@/lib/ideas/queries";
import { can } from "@/lib/policy";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const viewer = await getSessionUser();
  const facts = await loadIdeaFacts(id, viewer?.id);
  const idea = facts && can(viewer, "idea.read", facts) ? await getIdea(id) : null;
  return { title: idea?.title ?? (await getTranslations("ideas.detail"))("notFound") };
}

export default async function IdeaPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const [{ id }, query, viewer] = await Promise.all([params, searchParams, getSessionUser()]);
  return <IdeaPageBody id={id} viewer={viewer} commentsAfter={firstParam(query.kommentare) ?? null} />;
}
