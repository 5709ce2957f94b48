import { announcementPath } from "@/lib/announcements/paths";

/** The thread's heading on the announcement page: the anchor for "to the comments". */
export const COMMENTS_ANCHOR = "kommentare";
/** The query parameter that starts the thread at a later page (the cursor of its first comment). */
export const COMMENTS_PAGE_PARAM = "kommentare";

export const commentAnchor = (commentId: string) => `kommentar-${commentId}`;

/** The thread on its announcement's page, from its start or from the page beginning at `from`. */
export function threadHref(announcementId: string, from?: string | null) {
  const query = from ? `?${COMMENTS_PAGE_PARAM}=${encodeURIComponent(from)}` : "";
  return `${announcementPath(announcementId)}${query}#${COMMENTS_ANCHOR}`;
}

/** One comment on its announcement's page; `from` opens the thread at the page that starts with it. */
export function commentHref({ announcementId, commentId, from }: { announcementId: string; commentId: string; from?: string | null }) {
  const query = from ? `?${COMMENTS_PAGE_PARAM}=${encodeURIComponent(from)}` : "";
  return `${announcementPath(announcementId)}${query}#${commentAnchor(commentId)}`;
}
