import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConcernPageBody } from "@/components/concerns/concern-page-body";
import { getSessionUser } from "@/lib/auth/session";
import { getConcern, loadConcernFacts } from "@/lib/concerns/queries";
import { can } from "@/lib/policy";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const viewer = await getSessionUser();
  const facts = await loadConcernFacts(id, viewer?.id);
  // A private concern's title is no one else's business, not even in the tab.
  const concern = facts && can(viewer, "concern.read", facts) ? await getConcern(id) : null;
  return { title: concern?.title ?? (await getTranslations("concerns.detail"))("notFound") };
}

export default async function ConcernPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, viewer] = await Promise.all([params, getSessionUser()]);
  return <ConcernPageBody id={id} viewer={viewer} />;
}
