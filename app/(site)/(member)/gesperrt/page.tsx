import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AppealSection } from "@/components/moderation/appeal-section";
import { StatementOfReasons } from "@/components/moderation/statement-of-reasons";
import { SignOutButton } from "@/components/sign-out-button";
import { getSessionUser, isCurrentSessionFresh, type SessionUser } from "@/lib/auth/session";
import { DataExportSection } from "@/components/privacy/data-export-section";
import { DeleteAccountSection } from "@/components/privacy/delete-account-section";
import { getOwnProfile } from "@/lib/users/queries";
import { findSuspensionDecision } from "@/lib/moderation/decisions/list-decisions";
import { getStatement } from "@/lib/moderation/decisions/statement";
import { loadAppealableDecisionFacts } from "@/lib/moderation/facts";
import { can, isSuspended } from "@/lib/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.suspended"))("title") };
}

/** The moderation decision behind the suspension in force, if a moderator (not an admin) imposed it. */
async function loadSuspensionStatement(user: SessionUser) {
  const decision = await findSuspensionDecision(user.id);
  if (!decision) return null;
  const [statement, appealable] = await Promise.all([getStatement(decision.id), loadAppealableDecisionFacts(decision.id)]);
  if (!statement) return null;
  return { statement, canAppeal: appealable !== null && can(user, "moderation.appeal.submit", appealable) };
}

/** A suspension does not take away the rights to a copy of one's data and to erasure (DSGVO Arts. 15, 17, 20). */
async function OwnDataSections({ userId }: { userId: string }) {
  const [profile, sessionIsFresh] = await Promise.all([getOwnProfile(userId), isCurrentSessionFresh()]);
  return (
    <>
      <DataExportSection userId={userId} />
      <DeleteAccountSection hasPassword={profile?.hasPassword ?? false} sessionIsFresh={sessionIsFresh} />
    </>
  );
}

/** The only page a suspended account sees: what happened, until when, and how to object. */
export default async function SuspendedPage() {
  const user = await getSessionUser();
  if (!user || !isSuspended(user)) redirect("/");
  const [t, format, moderation] = await Promise.all([getTranslations("account.suspended"), getFormatter(), loadSuspensionStatement(user)]);

  if (moderation) {
    return (
      <div className="flex max-w-2xl flex-col gap-8">
        <div className="flex flex-col gap-3">
          <h1>{t("title")}</h1>
          <p>{t("introModeration")}</p>
        </div>
        <StatementOfReasons statement={moderation.statement} />
        <AppealSection statement={moderation.statement} canAppeal={moderation.canAppeal} viewerIsAffected />
        <OwnDataSections userId={user.id} />
        <div>
          <SignOutButton label={t("signOut")} />
        </div>
      </div>
    );
  }

  return (
    <div className="flex max-w-xl flex-col gap-4">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <dl className="flex flex-col gap-2 rounded-lg border border-red-800 bg-red-50 p-4">
        <dt className="font-semibold">{t("reason")}</dt>
        <dd>{user.suspensionReason}</dd>
        <dt className="font-semibold">{t("until")}</dt>
        <dd>{user.suspendedUntil ? format.dateTime(user.suspendedUntil, { dateStyle: "long", timeStyle: "short" }) : t("indefinite")}</dd>
      </dl>
      <p>{t("contact")}</p>
      <OwnDataSections userId={user.id} />
      <div>
        <SignOutButton label={t("signOut")} />
      </div>
    </div>
  );
}
