import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { AnnouncementArticle } from "@/components/announcements/announcement-article";
import { HiddenNotice, OwnHiddenNotice } from "@/components/moderation/hidden-notice";
import { ReportControl } from "@/components/moderation/report-control";
import { AttachmentList } from "@/components/uploads/attachment-list";
import { ANNOUNCEMENTS_PATH } from "@/lib/announcements/paths";
import { getPublicAnnouncement } from "@/lib/announcements/queries";
import { getSessionUser } from "@/lib/auth/session";
import { getDistrictSettings } from "@/lib/district/queries";
import { listAttachments } from "@/lib/uploads/queries";
import type { SearchParams } from "@/lib/http/search-params";
import { AnnouncementComments } from "./comments/announcement-comments";

type Params = Promise<{ id: string }>;

/**
 * Metadata and page ask for the same row: one query per request. The viewer matters: the author of
 * an announcement hidden by moderation still reads it, everyone else gets only the notice.
 */
const loadAnnouncement = cache(async (id: string) => {
  const viewer = await getSessionUser();
  return getPublicAnnouncement(id, new Date(), viewer?.id ?? null);
});

const hiddenFromViewer = (announcement: { hidden: unknown; authorId: string | null }, viewerId: string | undefined) =>
  announcement.hidden !== null && (viewerId === undefined || announcement.authorId !== viewerId);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [announcement, viewer] = await Promise.all([loadAnnouncement((await params).id), getSessionUser()]);
  if (!announcement) return { title: (await getTranslations("common.notFound"))("title") };
  if (hiddenFromViewer(announcement, viewer?.id)) return { title: (await getTranslations("reports.hidden"))("announcementTitle") };
  return { title: announcement.title, description: announcement.summary };
}

/** An announcement's public page: only while it is visible (published, its time come, not expired). */
export default async function AnnouncementPage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const [announcement, viewer] = await Promise.all([loadAnnouncement((await params).id), getSessionUser()]);
  if (!announcement) notFound();
  const [t, tHidden, settings, attachments] = await Promise.all([
    getTranslations("announcements.detail"),
    getTranslations("reports.hidden"),
    getDistrictSettings(),
    // A hidden announcement's files are served to nobody (lib/uploads/owners/announcement.ts), so none are listed.
    announcement.hidden ? [] : listAttachments("announcement", announcement.id),
  ]);
  const back = (
    <p>
      <Link href={ANNOUNCEMENTS_PATH}>{t("back")}</Link>
    </p>
  );

  // Hidden by moderation: nothing of it (nor its discussion) for anyone but its author.
  if (hiddenFromViewer(announcement, viewer?.id)) {
    return (
      <div className="flex max-w-xl flex-col gap-6">
        {back}
        <h1>{tHidden("announcementTitle")}</h1>
        <HiddenNotice targetType="announcement" />
        <p>{tHidden("announcementExplanation")}</p>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-8">
      {back}
      <AnnouncementArticle
        announcement={announcement}
        districtName={settings.districtName}
        afterHeader={announcement.hidden ? <OwnHiddenNotice targetType="announcement" hidden={announcement.hidden} /> : undefined}
      />
      <AttachmentList attachments={attachments} />
      {!announcement.hidden && <ReportControl actor={viewer} targetType="announcement" targetId={announcement.id} authorId={announcement.authorId} />}
      <AnnouncementComments announcementId={announcement.id} searchParams={searchParams} />
    </div>
  );
}
