import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { HiddenNotice, OwnHiddenNotice } from "@/components/moderation/hidden-notice";
import { ReportControl } from "@/components/moderation/report-control";
import { UserName } from "@/components/user-name";
import { commentAnchor } from "@/lib/announcements/comments/paths";
import type { CommentItem as Comment } from "@/lib/announcements/comments/queries";
import { memberProfilePath } from "@/lib/users/paths";
import { can, type MaybeActor } from "@/lib/policy";
import { LinkifiedText } from "@/components/linkified-text";
import { OwnComment } from "./own-comment";
import { CONTENT_LOCALE } from "@/lib/i18n/config";

/**
 * One comment: who, when, whether edited, the text with its links; the author's own with edit and
 * delete, everyone else's with "Melden". A comment hidden by moderation shows others only a neutral
 * notice; its author still reads it, with the rule and the way to the statement of reasons.
 */
export function CommentItem({ comment, actor, headingId }: { comment: Comment; actor: MaybeActor; headingId: string }) {
  const t = useTranslations("announcements.comments");
  const anchor = commentAnchor(comment.id);
  // Whether the comment is under moderation is asked when an edit is saved (here it would cost a query
  // per comment); the edit form then says why the change cannot be saved and keeps the text.
  const subject = { comment: { authorId: comment.author?.id ?? null, underModeration: false } };
  const canEdit = can(actor, "comment.edit", subject);
  const canDelete = can(actor, "comment.delete", subject);
  const timeTag = (chunks: ReactNode) => <time dateTime={comment.createdAt.toISOString()}>{chunks}</time>;
  const author = comment.author && !comment.author.deleted ? comment.author : null;
  const text = (
    <span lang={CONTENT_LOCALE}>
      <LinkifiedText text={comment.body} />
    </span>
  );
  const ownHidden = comment.hidden !== null && author !== null && author.id === actor?.id;
  const metaId = `${anchor}-meta`;

  return (
    <li id={anchor} className="scroll-mt-4">
      {/* No <article>: the page's one article is the announcement itself. */}
      <div className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-4">
        <p id={metaId} className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-800">
          {author ? (
            <UserName
              name={author.displayName ?? t("deletedMember")}
              verification={author.verification}
              role={author.role}
              href={author.displayName ? memberProfilePath(author.id) : undefined}
              note={author.id === actor?.id ? <span className="text-slate-700">{t("you")}</span> : undefined}
            />
          ) : (
            <span className="italic">{t("deletedMember")}</span>
          )}
          <span aria-hidden="true">·</span>
          <span>{t.rich("postedAt", { date: comment.createdAt, time: timeTag })}</span>
          {comment.editedAt && (
            <span className="text-slate-700">
              ({t("edited")}
              <span className="sr-only"> {t("editedAt", { date: comment.editedAt })}</span>)
            </span>
          )}
        </p>
        {comment.hidden && !ownHidden ? (
          <HiddenNotice targetType="comment" />
        ) : (
          <>
            {comment.hidden && <OwnHiddenNotice targetType="comment" hidden={comment.hidden} />}
            {canEdit || canDelete ? (
              <OwnComment commentId={comment.id} body={comment.body} canEdit={canEdit} canDelete={canDelete} which={t("ofComment", { date: comment.createdAt })} headingId={headingId}>
                {text}
              </OwnComment>
            ) : (
              <div className="whitespace-pre-wrap [overflow-wrap:anywhere]">{text}</div>
            )}
          </>
        )}
        {!comment.hidden && <ReportControl actor={actor} targetType="comment" targetId={comment.id} authorId={comment.author?.id ?? null} describedBy={metaId} />}
      </div>
    </li>
  );
}
