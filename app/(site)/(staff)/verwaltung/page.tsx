import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UserBadge } from "@/components/user-badge";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { CONCERN_INBOX_PATH } from "@/lib/concerns/paths";
import { IDEA_INBOX_PATH } from "@/lib/ideas/paths";
import { emailDomain, getDistrictSettings, listLocalities, listOfficialDomains } from "@/lib/district/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("areas.staff"))("title") };
}

export default async function StaffHomePage() {
  const user = await requirePageAccess("area.staff");
  const [t, tc, tAnnouncements, tConcerns, tIdeas, settings, localities, domains] = await Promise.all([
    getTranslations("areas.staff"),
    getTranslations("common"),
    getTranslations("announcements.staffHome"),
    getTranslations("concerns.staffHome"),
    getTranslations("ideas.staffHome"),
    getDistrictSettings(),
    listLocalities(),
    listOfficialDomains(),
  ]);
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3">
        <h1>{t("title")}</h1>
        <p>{t("intro", { district: settings.districtName })}</p>
      </div>
      <section aria-labelledby="staff-announcements" className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-6">
        <h2 id="staff-announcements">{tAnnouncements("title")}</h2>
        <p>{tAnnouncements("text")}</p>
        <p>
          <Link href="/verwaltung/bekanntmachungen">{tAnnouncements("link")}</Link>
        </p>
      </section>
      <section aria-labelledby="staff-concerns" className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-6">
        <h2 id="staff-concerns">{tConcerns("title")}</h2>
        <p>{tConcerns("text")}</p>
        <p>
          <Link href={CONCERN_INBOX_PATH}>{tConcerns("link")}</Link>
        </p>
      </section>
      <section aria-labelledby="staff-ideas" className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-6">
        <h2 id="staff-ideas">{tIdeas("title")}</h2>
        <p>{tIdeas("text")}</p>
        <p>
          <Link href={IDEA_INBOX_PATH}>{tIdeas("link")}</Link>
        </p>
      </section>
      <section aria-labelledby="staff-account" className="rounded-lg border border-slate-300 bg-white p-6">
        <h2 id="staff-account">{t("accountTitle")}</h2>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
          <dt className="font-medium">{t("role")}</dt>
          <dd>{tc(`roles.${user.role}`)}</dd>
          <dt className="font-medium">{t("verification")}</dt>
          <dd>
            {/* The badge says "Verifiziert" itself; the words would only repeat it. */}
            {user.verification === "verified" ? <UserBadge verification="verified" /> : tc(`verification.${user.verification}`)}
          </dd>
          <dt className="font-medium">{t("domain")}</dt>
          <dd>{t("domainOfficial", { domain: emailDomain(user.email) })}</dd>
        </dl>
      </section>
      <section aria-labelledby="staff-config" className="flex flex-col gap-4">
        <h2 id="staff-config">{t("configTitle")}</h2>
        <div>
          <h3 className="font-semibold">{t("localities", { count: localities.length })}</h3>
          <ul className="mt-1 grid grid-cols-2 gap-x-6 sm:grid-cols-3">
            {localities.map((l) => (
              <li key={l.id}>{l.name}</li>
            ))}
          </ul>
        </div>
        <div>
          <h3 className="font-semibold">{t("domains")}</h3>
          <p className="text-sm text-slate-700">{t("domainsHint")}</p>
          <ul className="mt-1 list-disc pl-6">
            {domains.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </div>
        <div>
          <h3 className="font-semibold">{t("terms")}</h3>
          <p>{t("termsVersion", { version: settings.termsVersion })}</p>
        </div>
      </section>
    </div>
  );
}
