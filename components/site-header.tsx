import Link from "next/link";
import { SPACES_PATH } from "@/lib/spaces/paths";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { getDistrictSettings } from "@/lib/district/queries";
import { getHeaderFacts, type HeaderFacts } from "@/lib/navigation/queries";
import { MESSAGES_PATH } from "@/lib/messages/paths";
import { NOTIFICATIONS_PATH } from "@/lib/notifications/paths";
import { CONCERNS_PATH } from "@/lib/concerns/paths";
import { IDEAS_PATH } from "@/lib/ideas/paths";
import { can } from "@/lib/policy";
import { LocaleSwitcher } from "./locale-switcher";
import { SignOutButton } from "./sign-out-button";
import { SiteMenu } from "./site-menu";
import { UserBadge } from "./user-badge";

const NO_FACTS: HeaderFacts = { unreadNotifications: 0, unreadConversations: 0, hasDecisions: false, hasMediationCases: false, openReports: null };

/** A count after a link's text: the words are part of the link's name, the badge only repeats the number. */
function Counted({ text, count, words }: { text: string; count: number; words: string }) {
  return (
    <>
      {text}
      {count > 0 && (
        <>
          <span aria-hidden="true" className="ml-1.5 rounded-full bg-blue-800 px-1.5 py-0.5 text-xs font-semibold text-white no-underline">
            {count}
          </span>
          <span className="sr-only"> {words}</span>
        </>
      )}
    </>
  );
}

/**
 * The site header. From `lg` on: name and account on top, the navigation inline below. On smaller
 * screens one row (name, language, menu button) and the account and navigation behind the button.
 */
export async function SiteHeader() {
  const [user, settings, t, tAnnouncements, tVerification, tSearch, tConcerns, tIdeas] = await Promise.all([
    getSessionUser(),
    getDistrictSettings(),
    getTranslations("common.nav"),
    getTranslations("announcements.nav"),
    getTranslations("verification"),
    getTranslations("announcements.search"),
    getTranslations("concerns"),
    getTranslations("ideas"),
  ]);
  const member = can(user, "area.member");
  const moderator = can(user, "area.moderation");
  const facts = member && user ? await getHeaderFacts({ userId: user.id, withOpenReports: moderator }) : NO_FACTS;
  const openReports = facts.openReports ?? 0;
  const links: Array<{ href: string; label: ReactNode; show: boolean }> = [
    { href: "/", label: t("home"), show: true },
    { href: "/bekanntmachungen", label: tAnnouncements("link"), show: true },
    { href: CONCERNS_PATH, label: tConcerns("nav"), show: true },
    { href: IDEAS_PATH, label: tIdeas("nav"), show: true },
    // Public spaces are read by visitors too (space.read); the list shows each viewer what they may know.
    { href: SPACES_PATH, label: t("spaces"), show: true },
    { href: "/suche", label: tSearch("nav"), show: true },
    {
      href: NOTIFICATIONS_PATH,
      label: <Counted text={t("notifications")} count={facts.unreadNotifications} words={t("unread", { count: facts.unreadNotifications })} />,
      show: member,
    },
    {
      href: MESSAGES_PATH,
      label: <Counted text={t("messages")} count={facts.unreadConversations} words={t("unreadConversations", { count: facts.unreadConversations })} />,
      show: can(user, "message.settings"),
    },
    // Only for people they concern: most members never have a decision or a mediation case.
    { href: "/entscheidungen", label: t("decisions"), show: member && facts.hasDecisions },
    { href: "/schlichtung", label: t("mediation"), show: member && facts.hasMediationCases },
    { href: "/verwaltung", label: t("staff"), show: can(user, "area.staff") },
    { href: "/verifizierungscodes", label: tVerification("nav"), show: can(user, "verification.manageCodes") },
    { href: "/moderation", label: <Counted text={t("moderation")} count={openReports} words={t("openReports", { count: openReports })} />, show: moderator },
    { href: "/admin", label: t("admin"), show: can(user, "area.admin") },
    { href: "/mitmachen", label: t("join"), show: !user },
    { href: "/anmelden", label: t("signIn"), show: !user },
  ].filter((l) => l.show);

  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 lg:py-3">
        <Link href="/" className="mr-auto flex flex-col text-xl leading-tight font-bold text-blue-900 no-underline sm:flex-row sm:items-baseline sm:gap-2 lg:text-2xl">
          {settings.platformName}
          <span className="text-xs font-normal text-slate-700 sm:text-sm">{settings.districtName}</span>
        </Link>
        <div className="order-2 lg:order-3">
          <LocaleSwitcher />
        </div>
        <SiteMenu label={t("menu")}>
          {user && (
            <div className="flex flex-wrap items-center gap-x-3 gap-y-2 border-t border-slate-200 py-3 lg:order-2 lg:border-0 lg:py-0">
              <p className="text-sm text-slate-800">
                {t("signedInAs", { name: user.displayName ?? user.email })} <UserBadge verification={user.verification} role={user.role} />
              </p>
              {/* Beside the account, not in the navigation: with the areas of staff, moderators and admins
                  the navigation would no longer fit on one line. */}
              {member && (
                <Link href="/einstellungen" prefetch={false} className="flex min-h-11 items-center font-medium">
                  {t("settings")}
                </Link>
              )}
              <SignOutButton label={t("signOut")} />
            </div>
          )}
          <nav aria-label={t("label")} className="border-t border-slate-200 py-2 lg:order-4 lg:basis-full lg:py-0">
            <ul className="flex flex-col lg:flex-row lg:flex-wrap lg:gap-x-3">
              {links.map((link) => (
                <li key={link.href}>
                  {/* No prefetch: every page would otherwise render all areas in the background, and a
                      prefetched page could outlive a suspension or new terms that the gate enforces. */}
                  <Link href={link.href} prefetch={false} className="flex min-h-11 items-center font-medium">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </SiteMenu>
      </div>
    </header>
  );
}
