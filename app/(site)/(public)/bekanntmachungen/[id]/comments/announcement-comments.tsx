import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { COMMENTS_ANCHOR, COMMENTS_PAGE_PARAM, threadHref } from "@/lib/announcements/comments/paths";
import { getCommentThread, listComments } from "@/lib/announcements/comments/queries";
import { announcementPath } from "@/lib/announcements/paths";
import { getSessionUser } from "@/lib/auth/session";
import { SIGN_IN_PATH, SUSPENDED_PATH } from "@/lib/auth/gate";
import { can, isSuspended } from "@/lib/policy";
import { CommentForm } from "./comment-form";
import { CommentItem } from "./comment-item";
import { CommentsLive } from "./comments-live";
import { firstParam, type SearchParams } from "@/lib/http/search-params";


/**
 * The discussion under an announcement: comments oldest first (keyset-paginated), and below them
 * the form — or why there is none: sign in (visitors), comments closed (by staff), not allowed.
 * Pass the page's own searchParams; the thread reads its page parameter from them.
 */
export async function AnnouncementComments({ announcementId, searchParams }: { announcementId: string; searchParams?: Promise<SearchParams> }) {
  const params = (await searchParams) ?? {};
  const fromParam = params[COMMENTS_PAGE_PARAM];
  const from = firstParam(fromParam);
  const actor = await getSessionUser();
  const [thread, page, t] = await Promise.all([
    getCommentThread(announcementId),
    // The viewer's id lets the author of a hidden comment still read it.
    listComments({ announcementId, from, viewerId: actor?.id ?? null }),
    getTranslations("announcements.comments"),
  ]);
  if (!thread) return null;

  const mayComment = can(actor, "announcement.comment", { announcement: thread.announcement });
  const open = thread.announcement.visible && thread.announcement.commentsEnabled;
  const signInHref = `${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(announcementPath(announcementId))}`;

  return (
    <section aria-labelledby={COMMENTS_ANCHOR} className="flex flex-col gap-4 border-t border-slate-300 pt-6">
      <div className="flex flex-wrap items-baseline gap-x-4">
        <h2 id={COMMENTS_ANCHOR} tabIndex={-1} className="scroll-mt-4 focus:outline-none">
          {t("title")}
        </h2>
        {thread.commentCount > 0 && <p className="text-slate-700">{t("count", { count: thread.commentCount })}</p>}
      </div>
      {!open && <p className="rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-amber-950">{t("closed")}</p>}
      <CommentsLive>
        {page.items.length === 0 && !from ? (
          <p>{mayComment ? t("emptyMember") : t("empty")}</p>
        ) : (
          <ol aria-label={t("listLabel")} className="flex flex-col gap-3">
            {page.items.map((comment) => (
              <CommentItem key={comment.id} comment={comment} actor={actor} headingId={COMMENTS_ANCHOR} />
            ))}
          </ol>
        )}
        {(page.nextCursor || from) && (
          <nav aria-label={t("pagination.label")}>
            <ul className="flex flex-wrap gap-6">
              {from && (
                <li>
                  <Link href={threadHref(announcementId)}>{t("pagination.first")}</Link>
                </li>
              )}
              {page.nextCursor && (
                <li>
                  <Link href={threadHref(announcementId, page.nextCursor)} rel="next">
                    {t("pagination.next")}
                  </Link>
                </li>
              )}
            </ul>
          </nav>
        )}
        {mayComment ? (
          <section aria-labelledby="kommentar-schreiben" className="flex flex-col gap-3">
            <h3 id="kommentar-schreiben" className="text-lg font-semibold">
              {t("formTitle")}
            </h3>
            <CommentForm announcementId={announcementId} />
          </section>
        ) : (
          open &&
          (actor && isSuspended(actor) ? (
            <p className="rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-amber-950">
              {t.rich("suspended", { link: (chunks) => <Link href={SUSPENDED_PATH}>{chunks}</Link> })}
            </p>
          ) : actor ? (
            <p>{t("notAllowed")}</p>
          ) : (
            <p className="rounded-md border border-slate-300 bg-slate-50 px-3 py-2">
              {t.rich("signIn", {
                signIn: (chunks) => (
                  <Link href={signInHref} className="font-medium">
                    {chunks}
                  </Link>
                ),
                join: (chunks) => <Link href="/mitmachen">{chunks}</Link>,
              })}
            </p>
          ))
        )}
      </CommentsLive>
    </section>
  );
}
