import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { toDistrictLocalTime } from "@/lib/time/district-time";
import { staffAnnouncementPath } from "@/lib/announcements/paths";
import { getAnnouncementForStaff, loadEditableAnnouncementFacts } from "@/lib/announcements/queries";
import { listDepartments, listLocalities, listTopics } from "@/lib/district/queries";
import { AnnouncementForm } from "../../announcement-form";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { AttachmentManager } from "@/components/uploads/attachment-manager";
import { listAttachments } from "@/lib/uploads/queries";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("announcements.form"))("editTitle") };
}

export default async function EditAnnouncementPage({ params }: { params: Params }) {
  await requirePageAccess("announcement.manage");
  const { id } = await params;
  const [t, announcement, editable, localities, topics, departments, attachments] = await Promise.all([
    getTranslations("announcements.form"),
    getAnnouncementForStaff(id),
    loadEditableAnnouncementFacts(id),
    listLocalities(),
    listTopics(),
    listDepartments(),
    listAttachments("announcement", id),
  ]);
  if (!announcement) notFound();
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={staffAnnouncementPath(id)}>{t("backToAnnouncement")}</Link>
      </p>
      <h1>{t("editTitle")}</h1>
      {editable?.announcement.underModeration && (
        <p className="rounded-md border border-amber-700 bg-amber-50 px-4 py-3 text-amber-950">{t("underModeration")}</p>
      )}
      <AnnouncementForm
        announcementId={id}
        defaults={{
          title: announcement.title,
          summary: announcement.summary,
          body: announcement.body,
          wholeDistrict: announcement.wholeDistrict,
          localityIds: announcement.localityIds.map(String),
          topicIds: announcement.topicIds.map(String),
          departmentId: announcement.departmentId ? String(announcement.departmentId) : "",
          publishAt: toDistrictLocalTime(announcement.publishAt),
          keptPublishAt: toDistrictLocalTime(announcement.publishAt),
          expiresAt: announcement.expiresAt ? toDistrictLocalTime(announcement.expiresAt) : "",
          commentsEnabled: announcement.commentsEnabled,
        }}
        initialHtml={announcement.bodyHtml}
        localities={localities}
        topics={topics}
        departments={departments}
        cancelHref={staffAnnouncementPath(id)}
      />
      {!editable?.announcement.underModeration && <AttachmentManager ownerType="announcement" ownerId={id} attachments={attachments} />}
    </div>
  );
}
