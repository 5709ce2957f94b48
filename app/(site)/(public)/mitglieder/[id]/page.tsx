import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { ReportControl } from "@/components/moderation/report-control";
import { UserBadge } from "@/components/user-badge";
import { getSessionUser } from "@/lib/auth/session";
import { getPublicProfile } from "@/lib/users/profile";
import { CONTENT_LOCALE } from "@/lib/i18n/config";

type Params = Promise<{ id: string }>;

const loadProfile = cache((id: string) => getPublicProfile(id));

/** The route segment arrives URL-encoded; a malformed one simply matches nobody. */
function idOf(segment: string) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "";
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const profile = await loadProfile(idOf((await params).id));
  if (!profile) return { title: (await getTranslations("common.notFound"))("title") };
  return { title: profile.displayName };
}

/** A member's public profile: name, badges, locality, since when. Nothing else — not the sign-in name (DESIGN §6). */
export default async function MemberProfilePage({ params }: { params: Params }) {
  const profile = await loadProfile(idOf((await params).id));
  if (!profile) notFound();
  const [viewer, t, format] = await Promise.all([getSessionUser(), getTranslations("reports.profile"), getFormatter()]);
  const own = viewer?.id === profile.id;

  return (
    <div className="flex max-w-xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 lang={CONTENT_LOCALE} className="[overflow-wrap:anywhere]">
          {profile.displayName}
        </h1>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-slate-800">
          <UserBadge verification={profile.verification} role={profile.role} />
        </p>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 rounded-lg border border-slate-300 bg-white p-4">
        {profile.locality && (
          <>
            <dt className="font-medium">{t("locality")}</dt>
            <dd lang={CONTENT_LOCALE}>{profile.locality}</dd>
          </>
        )}
        <dt className="font-medium">{t("memberSince")}</dt>
        <dd>
          <time dateTime={profile.memberSince.toISOString()}>{format.dateTime(profile.memberSince, { month: "long", year: "numeric" })}</time>
        </dd>
      </dl>
      {own && (
        <p className="rounded-md border border-slate-300 bg-slate-50 px-3 py-2">
          {t.rich("ownHint", { settings: (chunks) => <Link href="/einstellungen">{chunks}</Link> })}
        </p>
      )}
      <ReportControl actor={viewer} targetType="user" targetId={profile.id} authorId={profile.id} />
    </div>
  );
}
