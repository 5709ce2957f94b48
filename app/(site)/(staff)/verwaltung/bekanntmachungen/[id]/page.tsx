import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { AnnouncementArticle } from "@/components/announcements/announcement-article";
import { AnnouncementStatusBadge } from "@/components/announcements/status-badge";
import { announcementPath, MANAGE_PATH } from "@/lib/announcements/paths";
import { getAnnouncementForStaff } from "@/lib/announcements/queries";
import { getDistrictSettings } from "@/lib/district/queries";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { decisionPath } from "@/lib/moderation/paths";
import { isRuleOfConduct } from "@/lib/moderation/rules-of-conduct";
import { can } from "@/lib/policy";
import { AnnouncementControls } from "./announcement-controls";
import type { SearchParams } from "@/lib/http/search-params";

type Params = Promise<{ id: string }>;

const loadAnnouncement = cache((id: string) => getAnnouncementForStaff(id));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  // Staff only: the title of an unpublished announcement must not reach anyone else, not even in <title>.
  await requirePageAccess("announcement.manage");
  const announcement = await loadAnnouncement((await params).id);
  return { title: announcement?.title ?? (await getTranslations("common.notFound"))("title") };
}

/** Staff view of one announcement in any state: how it will look, its status, and what can be done with it. */
export default async function StaffAnnouncementPage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const user = await requirePageAccess("announcement.manage");
  const [{ id }, { gespeichert }] = await Promise.all([params, searchParams]);
  const announcement = await loadAnnouncement(id);
  if (!announcement) notFound();
  const [t, tHidden, tRules, settings] = await Promise.all([
    getTranslations("announcements.staffView"),
    getTranslations("reports.hidden"),
    getTranslations("conduct.rules"),
    getDistrictSettings(),
  ]);
  const statusDate = announcement.status === "expired" ? announcement.expiresAt! : announcement.publishAt;

  // The statement of reasons is for the person it is about (the author) and for moderators.
  const hidden = announcement.hidden;
  const mayReadDecision = hidden !== null && can(user, "moderation.decision.read", { decision: { affectedUserId: announcement.authorId } });
  const hiddenNotice = hidden && (
    <div className="flex flex-col gap-1 rounded-md border border-amber-700 bg-amber-50 px-4 py-3 text-amber-950">
      <p className="font-semibold">{tHidden("staff.title")}</p>
      <p>{tHidden("staff.text")}</p>
      {hidden.ruleKey && isRuleOfConduct(hidden.ruleKey) && <p>{tHidden("rule", { rule: tRules(hidden.ruleKey) })}</p>}
      {mayReadDecision && (
        <p>
          <Link href={decisionPath(hidden.decisionId)} className="font-medium text-amber-950 hover:text-amber-900">
            {tHidden("reasonsLink")}
          </Link>
        </p>
      )}
    </div>
  );

  const panel = (
    <section aria-labelledby="manage-announcement" className="flex flex-col gap-4 rounded-lg border border-blue-800 bg-blue-50/40 p-4">
      <h2 id="manage-announcement">{t("actionsTitle")}</h2>
      <p className="text-sm">{t("previewNotice")}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-medium">{t("status")}</dt>
        <dd className="flex flex-col items-start gap-1">
          <AnnouncementStatusBadge status={announcement.status} />
          <span>{hidden && announcement.status === "published" ? t("statusHidden") : t(`statusText.${announcement.status}`, { date: statusDate })}</span>
          {announcement.expiresAt && announcement.status !== "expired" && <span>{t("expires", { date: announcement.expiresAt })}</span>}
        </dd>
        <dt className="font-medium">{t("author")}</dt>
        <dd>{announcement.authorName ?? t("unknownAuthor")}</dd>
        <dt className="font-medium">{t("comments")}</dt>
        <dd>{announcement.commentsEnabled ? t("commentsOn") : t("commentsOff")}</dd>
      </dl>
      {announcement.status === "published" && (
        <p>
          <Link href={announcementPath(announcement.id)}>{t("publicPage")}</Link>
        </p>
      )}
      <AnnouncementControls id={announcement.id} title={announcement.title} withdrawn={announcement.stored === "unpublished"} />
    </section>
  );

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={MANAGE_PATH}>{t("back")}</Link>
      </p>
      {gespeichert && (
        <p role="status" className="rounded-md border border-green-800 bg-green-50 px-3 py-2 text-green-900">
          {t("created")}
        </p>
      )}
      <AnnouncementArticle
        announcement={announcement}
        scheduled={announcement.status === "scheduled"}
        districtName={settings.districtName}
        afterHeader={
          <>
            {hiddenNotice}
            {panel}
          </>
        }
      />
    </div>
  );
}
