import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { announcementPath } from "@/lib/announcements/paths";
import type { AnnouncementListItem } from "@/lib/announcements/types";
import { timeTag } from "./time-tag";
import { CONTENT_LOCALE } from "@/lib/i18n/config";

interface AnnouncementListProps {
  items: AnnouncementListItem[];
  /** Shown instead of the list when there are no items (e.g. a sentence that fits the filter). */
  empty: ReactNode;
  /** The level of each item's title, one below the heading the list sits under. */
  headingLevel?: 2 | 3 | 4;
  /** Names the list for screen readers when the page has several. */
  label?: string;
}

/**
 * Announcements as every list shows them (public list, Mein Kiez, search): title link, date,
 * issuing unit, summary, localities or "whole district", topics, comment count and an
 * "updated" hint. Not async and no "use client": it works in server and client components alike.
 */
export function AnnouncementList({ items, empty, headingLevel = 3, label }: AnnouncementListProps) {
  if (items.length === 0) return <div>{empty}</div>;
  return (
    <ul aria-label={label} className="flex flex-col gap-4">
      {items.map((item) => (
        <AnnouncementListEntry key={item.id} item={item} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}

function AnnouncementListEntry({ item, headingLevel }: { item: AnnouncementListItem; headingLevel: 2 | 3 | 4 }) {
  const t = useTranslations("announcements.item");
  const Heading = `h${headingLevel}` as const;
  const places = item.wholeDistrict ? [t("wholeDistrict")] : item.localityNames;

  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-4">
      <Heading className="text-lg font-semibold text-slate-950">
        <Link href={announcementPath(item.id)} lang={CONTENT_LOCALE}>
          {item.title}
        </Link>
      </Heading>
      <p className="flex flex-wrap gap-x-3 text-sm text-slate-700">
        <span>{t.rich("published", { date: item.publishAt, time: timeTag(item.publishAt) })}</span>
        {item.editedAt && item.editedAt > item.publishAt && <span>({t.rich("updated", { date: item.editedAt, time: timeTag(item.editedAt) })})</span>}
        {item.departmentName && <span lang={CONTENT_LOCALE}>{item.departmentName}</span>}
      </p>
      <p lang={CONTENT_LOCALE}>{item.summary}</p>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-800">
        {places.length > 0 && (
          <div className="flex gap-1">
            <dt className="font-medium">{t("localities")}</dt>
            <dd lang={item.wholeDistrict ? undefined : CONTENT_LOCALE}>{places.join(", ")}</dd>
          </div>
        )}
        {item.topicNames.length > 0 && (
          <div className="flex gap-1">
            <dt className="font-medium">{t("topics")}</dt>
            <dd lang={CONTENT_LOCALE}>{item.topicNames.join(", ")}</dd>
          </div>
        )}
      </dl>
      <p className="text-sm text-slate-700">{t("comments", { count: item.commentCount })}</p>
    </li>
  );
}
