import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getNotificationSettings } from "@/lib/notifications/queries";
import { NOTIFICATIONS_PATH } from "@/lib/notifications/paths";
import { NotificationSettingsForm } from "./notification-settings-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.preferences"))("title") };
}

/** Per kind: immediately, in the daily or weekly digest, or only in-app; and the language of it all. */
export default async function NotificationSettingsPage() {
  const user = await requirePageAccess("notification.preferences");
  const [t, tNotifications, settings] = await Promise.all([getTranslations("notifications.preferences"), getTranslations("notifications"), getNotificationSettings(user.id)]);
  if (!settings) return null;
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p>{t("digestHint")}</p>
      <NotificationSettingsForm defaults={{ locale: settings.locale, ...settings.channels }} />
      <p>
        <Link href={NOTIFICATIONS_PATH}>{tNotifications("title")}</Link>
      </p>
    </div>
  );
}
