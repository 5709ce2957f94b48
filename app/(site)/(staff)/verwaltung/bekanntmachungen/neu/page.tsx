import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MANAGE_PATH } from "@/lib/announcements/paths";
import { getAuthorDepartmentId } from "@/lib/announcements/queries";
import { listDepartments, listLocalities, listTopics } from "@/lib/district/queries";
import { AnnouncementForm } from "../announcement-form";
import { requirePageAccess } from "@/lib/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("announcements.form"))("newTitle") };
}

export default async function NewAnnouncementPage() {
  const user = await requirePageAccess("announcement.manage");
  const [t, localities, topics, departments, departmentId] = await Promise.all([
    getTranslations("announcements.form"),
    listLocalities(),
    listTopics(),
    listDepartments(),
    getAuthorDepartmentId(user.id),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={MANAGE_PATH}>{t("back")}</Link>
      </p>
      <h1>{t("newTitle")}</h1>
      <AnnouncementForm
        defaults={{
          title: "",
          summary: "",
          body: "",
          wholeDistrict: false,
          localityIds: [],
          topicIds: [],
          // Signed with the author's own unit unless they choose another.
          departmentId: departmentId ? String(departmentId) : "",
          publishAt: "",
          expiresAt: "",
          commentsEnabled: true,
        }}
        initialHtml=""
        localities={localities}
        topics={topics}
        departments={departments}
        cancelHref={MANAGE_PATH}
      />
    </div>
  );
}
