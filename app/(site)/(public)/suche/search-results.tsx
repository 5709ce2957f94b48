import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { announcementPath } from "@/lib/announcements/paths";
import { commentHref } from "@/lib/announcements/comments/paths";
import { COMMENT_PAGE_SIZE, commentPageCursor } from "@/lib/announcements/comments/queries";
import type { AnnouncementHit, CommentHit } from "@/lib/search/queries";
import { HighlightedText } from "./highlighted-text";

export const timeTag = (date: Date) => {
  const TimeTag = (chunks: ReactNode) => <time dateTime={date.toISOString()}>{chunks}</time>;
  return TimeTag;
};

export function AnnouncementHits({ hits }: { hits: AnnouncementHit[] }) {
  const t = useTranslations("announcements.search");
  return (
    <ol className="flex flex-col gap-4">
      {hits.map((hit) => (
        <li key={hit.id} className="flex flex-col gap-1 rounded-lg border border-slate-300 bg-white p-4">
          <h3 className="text-lg font-semibold">
            <Link href={announcementPath(hit.id)}>
              <HighlightedText text={hit.title} />
            </Link>
          </h3>
          <p className="flex flex-wrap gap-x-3 text-sm text-slate-700">
            <span>{t.rich("published", { date: hit.publishAt, time: timeTag(hit.publishAt) })}</span>
            <span>{t("comments", { count: hit.commentCount })}</span>
          </p>
          <p>
            <HighlightedText text={hit.snippet} />
          </p>
        </li>
      ))}
    </ol>
  );
}

/** A comment's place in its thread; in a thread longer than a page, on the page that starts with it. */
const hitHref = (hit: CommentHit) =>
  commentHref({ announcementId: hit.announcementId, commentId: hit.id, from: hit.commentCount > COMMENT_PAGE_SIZE ? commentPageCursor(hit) : null });

export function CommentHits({ hits }: { hits: CommentHit[] }) {
  const t = useTranslations("announcements.search");
  return (
    <ol className="flex flex-col gap-4">
      {hits.map((hit) => (
        <li key={hit.id} className="flex flex-col gap-1 rounded-lg border border-slate-300 bg-white p-4">
          <h3 className="text-lg font-semibold">
            <Link href={hitHref(hit)}>{t("commentOn", { title: hit.announcementTitle })}</Link>
          </h3>
          <p className="text-sm text-slate-700">
            {t.rich("commentMeta", { name: hit.authorName ?? t("deletedMember"), date: hit.createdAt, time: timeTag(hit.createdAt) })}
          </p>
          <blockquote className="border-l-4 border-slate-300 pl-3 whitespace-pre-wrap [overflow-wrap:anywhere]">
            <HighlightedText text={hit.snippet} />
          </blockquote>
        </li>
      ))}
    </ol>
  );
}
