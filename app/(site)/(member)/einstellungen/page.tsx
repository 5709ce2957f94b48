import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { isCurrentSessionFresh } from "@/lib/auth/session";
import { listLocalities, listTopics } from "@/lib/district/queries";
import { memberProfilePath } from "@/lib/users/paths";
import { getOwnProfile } from "@/lib/users/queries";
import { getFollowedInterests } from "@/lib/interests/queries";
import { NOTIFICATION_SETTINGS_PATH } from "@/lib/notifications/paths";
import { InterestsForm } from "./interests-form";
import { PasswordForm } from "./password-form";
import { ProfileForm } from "./profile-form";
import { SignOutEverywhere } from "./sign-out-everywhere";
import { VerificationSection } from "./verification-section";
import { MessageSettingsSection } from "./message-settings-section";
import { CalendarLinkSection } from "./calendar-link-section";
import { TermsAcceptances } from "./terms-acceptances";
import { DataExportSection } from "@/components/privacy/data-export-section";
import { DeleteAccountSection } from "@/components/privacy/delete-account-section";
import { loadOwnAccountFacts } from "@/lib/privacy/account-facts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.settings"))("title") };
}

export default async function SettingsPage() {
  const user = await requirePageAccess("area.member");
  const [t, localities, profile] = await Promise.all([getTranslations("account.settings"), listLocalities(), getOwnProfile(user.id)]);
  if (!profile) return null;
  const [tInterests, tNotifications, topics, followed, sessionIsFresh, ownAccount] = await Promise.all([
    getTranslations("announcements.interests"),
    getTranslations("notifications.preferences"),
    listTopics(),
    getFollowedInterests(user.id),
    isCurrentSessionFresh(),
    loadOwnAccountFacts(user.id),
  ]);
  return (
    <div className="flex max-w-xl flex-col gap-10">
      <h1>{t("title")}</h1>
      <section aria-labelledby="profile" className="flex flex-col gap-4">
        <h2 id="profile">{t("profileTitle")}</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">{t("email")}</dt>
          <dd>{profile.email}</dd>
          <dt className="font-medium">{t("username")}</dt>
          <dd>
            {profile.username} <span className="text-sm text-slate-700">({t("usernamePrivate")})</span>
          </dd>
        </dl>
        <p>
          <Link href={memberProfilePath(user.id)}>{t("publicProfile")}</Link>
        </p>
        <ProfileForm localities={localities} defaults={{ displayName: profile.displayName ?? "", localityId: profile.localityId ?? undefined }} />
      </section>
      <VerificationSection userId={user.id} role={user.role} />
      <section aria-labelledby="mein-kiez" className="flex scroll-mt-4 flex-col gap-4">
        <h2 id="mein-kiez">{tInterests("title")}</h2>
        <p>{tInterests("intro")}</p>
        <InterestsForm
          localities={localities}
          topics={topics}
          followed={{ localityIds: followed.localities.map((l) => l.id), topicIds: followed.topics.map((l) => l.id) }}
        />
      </section>
      <section aria-labelledby="notification-settings" className="flex flex-col gap-4">
        <h2 id="notification-settings">{tNotifications("title")}</h2>
        <p>{tNotifications("intro")}</p>
        <p>
          <Link href={NOTIFICATION_SETTINGS_PATH}>{tNotifications("settingsLinkLong")}</Link>
        </p>
      </section>
      <CalendarLinkSection userId={user.id} />
      <MessageSettingsSection userId={user.id} />
      <section aria-labelledby="password" className="flex flex-col gap-4">
        <h2 id="password">{t("passwordTitle")}</h2>
        <p>{profile.hasPassword ? t("passwordIsSet") : t("passwordIntro")}</p>
        <PasswordForm askCurrent={profile.hasPassword && !sessionIsFresh} />
      </section>
      <section aria-labelledby="sessions" className="flex flex-col gap-4">
        <h2 id="sessions">{t("sessionsTitle")}</h2>
        <p>{t("sessionsIntro")}</p>
        <SignOutEverywhere />
      </section>
      <TermsAcceptances userId={user.id} currentVersion={user.currentTermsVersion} />
      <DataExportSection userId={user.id} />
      <DeleteAccountSection hasPassword={profile.hasPassword} sessionIsFresh={sessionIsFresh} lastActiveAdmin={ownAccount?.account.lastActiveAdmin ?? false} />
    </div>
  );
}
