import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { AnnouncementArticle } from "@/components/announcements/announcement-article";
import { ANNOUNCEMENTS_PATH } from "@/lib/announcements/paths";
import { getPublicAnnouncement } from "@/lib/announcements/queries";
import { getDistrictSettings } from "@/lib/district/queries";
import { AnnouncementComments } from "./comments/announcement-comments";

type Params = Promise<{ id: string }>;

// Metadata and page ask for the same row: one query per request.
const loadAnnouncement = cache((id: string) => getPublicAnnouncement(id));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const announcement = await loadAnnouncement((await params).id);
  if (!announcement) return { title: (await getTranslations("common.notFound"))("title") };
  return { title: announcement.title, description: announcement.summary };
}

/** An announcement's public page: only while it is visible (published, its time come, not expired). */
export default async function AnnouncementPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const announcement = await loadAnnouncement((await params).id);
  if (!announcement) notFound();
  const [t, settings] = await Promise.all([getTranslations("announcements.detail"), getDistrictSettings()]);

  return (
    <div className="flex flex-col gap-8">
      <p>
        <Link href={ANNOUNCEMENTS_PATH}>{t("back")}</Link>
      </p>
      <AnnouncementArticle announcement={announcement} districtName={settings.districtName} />
      <AnnouncementComments announcementId={announcement.id} searchParams={searchParams} />
    </div>
  );
}
