import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppealSection } from "@/components/moderation/appeal-section";
import { StatementOfReasons } from "@/components/moderation/statement-of-reasons";
import { FORBIDDEN_PATH, SIGN_IN_PATH } from "@/lib/auth/gate";
import { getSessionUser } from "@/lib/auth/session";
import { DECISIONS_PATH } from "@/lib/moderation/paths";
import { loadAppealableDecisionFacts, loadDecisionReadFacts } from "@/lib/moderation/facts";
import { getStatement } from "@/lib/moderation/decisions/statement";
import { can } from "@/lib/policy";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports.statement"))("pageTitle") };
}

/** A statement of reasons: for the person it is about (who may appeal from here) and for moderators. */
export default async function DecisionPage({ params }: { params: Params }) {
  const { id } = await params;
  const user = await getSessionUser();
  if (!user) redirect(SIGN_IN_PATH);
  const facts = await loadDecisionReadFacts(id);
  if (!facts) notFound();
  if (!can(user, "moderation.decision.read", facts)) redirect(FORBIDDEN_PATH);

  const [statement, appealable, t] = await Promise.all([getStatement(id), loadAppealableDecisionFacts(id), getTranslations("reports.statement")]);
  if (!statement) notFound();
  const canAppeal = appealable !== null && can(user, "moderation.appeal.submit", appealable);
  const viewerIsAffected = statement.affectedUserId === user.id;

  return (
    <div className="flex max-w-2xl flex-col gap-8">
      <div className="flex flex-col gap-3">
        {viewerIsAffected && (
          <p>
            <Link href={DECISIONS_PATH}>{t("back")}</Link>
          </p>
        )}
        <h1>{t("pageTitle")}</h1>
        <p>{viewerIsAffected ? t("introAffected") : t("introOther")}</p>
      </div>
      <StatementOfReasons statement={statement} />
      <AppealSection statement={statement} canAppeal={canAppeal} viewerIsAffected={viewerIsAffected} />
    </div>
  );
}
