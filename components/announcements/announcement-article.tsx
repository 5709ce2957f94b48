import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { AnnouncementDetail } from "@/lib/announcements/queries";
import { AnnouncementBody } from "./announcement-body";
import { timeTag } from "./time-tag";
import { CONTENT_LOCALE } from "@/lib/i18n/config";

/**
 * One announcement as its page shows it: title, issuing unit, dates, localities, topics and the
 * sanitised body. The public page and the staff preview render the same article.
 */
export function AnnouncementArticle({
  announcement,
  districtName,
  afterHeader,
  scheduled = false,
}: {
  announcement: AnnouncementDetail;
  districtName: string;
  /** Shown between the facts and the body (the staff preview puts status and controls there). */
  afterHeader?: ReactNode;
  /** Not published yet (the staff preview of a scheduled one): it says when it appears, and nothing was updated yet. */
  scheduled?: boolean;
}) {
  const t = useTranslations("announcements.detail");
  const tUnit = useTranslations("announcements.unit");
  const tItem = useTranslations("announcements.item");
  const unit = announcement.departmentName
    ? tUnit("withDepartment", { district: districtName, department: announcement.departmentName })
    : tUnit("districtOnly", { district: districtName });
  const places = announcement.wholeDistrict ? [tItem("wholeDistrict")] : announcement.localityNames;
  const updated = !scheduled && announcement.editedAt && announcement.editedAt > announcement.publishAt ? announcement.editedAt : null;

  return (
    <article aria-labelledby="announcement-title" className="flex flex-col gap-6">
      <header className="flex flex-col gap-3">
        <h1 id="announcement-title" lang={CONTENT_LOCALE} className="[overflow-wrap:anywhere]">
          {announcement.title}
        </h1>
        <p className="text-slate-700">
          {t.rich(scheduled ? "scheduled" : "published", { date: announcement.publishAt, time: timeTag(announcement.publishAt) })}
          {updated && <>, {t.rich("updated", { date: updated, time: timeTag(updated) })}</>}
        </p>
        <p lang={CONTENT_LOCALE} className="text-lg">{announcement.summary}</p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 rounded-lg border border-slate-300 bg-white p-4">
          <dt className="font-medium">{t("unit")}</dt>
          <dd>{unit}</dd>
          {places.length > 0 && (
            <>
              <dt className="font-medium">{t("localities")}</dt>
              <dd lang={announcement.wholeDistrict ? undefined : CONTENT_LOCALE}>{places.join(", ")}</dd>
            </>
          )}
          {announcement.topicNames.length > 0 && (
            <>
              <dt className="font-medium">{t("topics")}</dt>
              <dd lang={CONTENT_LOCALE}>{announcement.topicNames.join(", ")}</dd>
            </>
          )}
        </dl>
      </header>
      {afterHeader}
      <AnnouncementBody html={announcement.bodyHtml} />
    </article>
  );
}
