import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { UserName } from "@/components/user-name";
import { commentAnchor } from "@/lib/announcements/comments/paths";
import type { CommentItem as Comment } from "@/lib/announcements/comments/queries";
import { can, type MaybeActor } from "@/lib/policy";
import { LinkifiedText } from "./linkified-text";
import { OwnComment } from "./own-comment";

/** One comment: who, when, whether edited, the text with its links; the author's own with edit and delete. */
export function CommentItem({ comment, actor, headingId }: { comment: Comment; actor: MaybeActor; headingId: string }) {
  const t = useTranslations("announcements.comments");
  const anchor = commentAnchor(comment.id);
  const subject = { comment: { authorId: comment.author?.id ?? null } };
  const canEdit = can(actor, "comment.edit", subject);
  const canDelete = can(actor, "comment.delete", subject);
  const timeTag = (chunks: ReactNode) => <time dateTime={comment.createdAt.toISOString()}>{chunks}</time>;
  const author = comment.author && !comment.author.deleted ? comment.author : null;
  const text = <LinkifiedText text={comment.body} />;

  return (
    <li id={anchor} className="scroll-mt-4">
      {/* No <article>: the page's one article is the announcement itself. */}
      <div className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-4">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-800">
          {author ? (
            <UserName
              name={author.displayName ?? author.username ?? t("deletedMember")}
              verification={author.verification}
              role={author.role}
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
        {canEdit || canDelete ? (
          <OwnComment commentId={comment.id} body={comment.body} canEdit={canEdit} canDelete={canDelete} which={t("ofComment", { date: comment.createdAt })} headingId={headingId}>
            {text}
          </OwnComment>
        ) : (
          <div className="whitespace-pre-wrap [overflow-wrap:anywhere]">{text}</div>
        )}
      </div>
    </li>
  );
}
