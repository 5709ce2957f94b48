import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { getDistrictSettings } from "@/lib/district/queries";
import { countUnreadNotifications } from "@/lib/notifications/queries";
import { NOTIFICATIONS_PATH } from "@/lib/notifications/paths";
import { can } from "@/lib/policy";
import { LocaleSwitcher } from "./locale-switcher";
import { SignOutButton } from "./sign-out-button";
import { UserBadge } from "./user-badge";

export async function SiteHeader() {
  const [user, settings, t, tAnnouncements, tVerification] = await Promise.all([
    getSessionUser(),
    getDistrictSettings(),
    getTranslations("common.nav"),
    getTranslations("announcements.nav"),
    getTranslations("verification"),
  ]);
  const tSearch = await getTranslations("announcements.search");
  const showNotifications = can(user, "area.member");
  const unread = showNotifications && user ? await countUnreadNotifications(user.id) : 0;
  const links: Array<{ href: string; label: ReactNode; show: boolean }> = [
    { href: "/", label: t("home"), show: true },
    { href: "/bekanntmachungen", label: tAnnouncements("link"), show: true },
    { href: "/suche", label: tSearch("nav"), show: true },
    {
      href: NOTIFICATIONS_PATH,
      // The count is part of the link's name ("Benachrichtigungen (2 ungelesen)"); the badge only repeats it.
      label: (
        <>
          {t("notifications")}
          {unread > 0 && (
            <>
              <span aria-hidden="true" className="ml-1.5 rounded-full bg-blue-800 px-1.5 py-0.5 text-xs font-semibold text-white no-underline">
                {unread}
              </span>
              <span className="sr-only"> {t("unread", { count: unread })}</span>
            </>
          )}
        </>
      ),
      show: showNotifications,
    },
    { href: "/einstellungen", label: t("settings"), show: can(user, "area.member") },
    { href: "/verwaltung", label: t("staff"), show: can(user, "area.staff") },
    { href: "/verifizierungscodes", label: tVerification("nav"), show: can(user, "verification.manageCodes") },
    { href: "/moderation", label: t("moderation"), show: can(user, "area.moderation") },
    { href: "/admin", label: t("admin"), show: can(user, "area.admin") },
    { href: "/mitmachen", label: t("join"), show: !user },
    { href: "/anmelden", label: t("signIn"), show: !user },
  ].filter((l) => l.show);

  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-2xl font-bold text-blue-900 no-underline">
          {settings.platformName}
          <span className="ml-2 text-sm font-normal text-slate-700">{settings.districtName}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          {user && (
            <p className="text-sm text-slate-800">
              {t("signedInAs", { name: user.displayName ?? user.email })} <UserBadge verification={user.verification} role={user.role} />
            </p>
          )}
          {user && <SignOutButton label={t("signOut")} />}
          <LocaleSwitcher />
        </div>
      </div>
      <nav aria-label={t("label")} className="mx-auto max-w-4xl px-4 pb-2">
        <ul className="flex flex-wrap gap-x-5 gap-y-1">
          {links.map((link) => (
            <li key={link.href}>
              {/* No prefetch: every page would otherwise render all areas in the background, and a
                  prefetched page could outlive a suspension or new terms that the gate enforces. */}
              <Link href={link.href} prefetch={false} className="font-medium">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
