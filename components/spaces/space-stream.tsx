import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AnnouncementBody } from "@/components/announcements/announcement-body";
import { ReportControl } from "@/components/moderation/report-control";
import { AttachmentList } from "@/components/uploads/attachment-list";
import { AttachmentManager } from "@/components/uploads/attachment-manager";
import { encodeCursor, decodeCursor } from "@/lib/pagination";
import { can, type MaybeActor, type SpaceFacts } from "@/lib/policy";
import { deletePostAction, hidePostAction, pinPostAction } from "@/lib/spaces/actions";
import { spaceStreamPagePath } from "@/lib/spaces/paths";
import { listSpaceStream, type SpacePost } from "@/lib/spaces/queries";
import { DISTRICT_TIME_ZONE } from "@/lib/time/zone";
import { listAttachmentsFor } from "@/lib/uploads/queries";
import { ActionButton } from "./action-button";
import { PostForm } from "./post-form";

/** The space's stream: the post form for members, pinned posts first, then newest first (keyset pages). */
export async function SpaceStream({ viewer, spaceId, facts, from }: { viewer: MaybeActor; spaceId: string; facts: { space: SpaceFacts }; from?: string }) {
  const [t, format, page] = await Promise.all([getTranslations("spaces.stream"), getFormatter(), listSpaceStream(spaceId, { cursor: decodeCursor(from) })]);
  const [tDetail, attachments] = await Promise.all([getTranslations("spaces.detail"), listAttachmentsFor("space_post", page.items.map((p) => p.id))]);
  const organiser = can(viewer, "space.moderate", facts);
  // Pinned posts stand at the top of the first page.
  const posts = from ? page.items : [...page.items.filter((p) => p.pinned), ...page.items.filter((p) => !p.pinned)];

  const actions = (post: SpacePost) => {
    const input = { spaceId, postId: post.id };
    return (
      <div className="flex flex-wrap items-start gap-2">
        {organiser && (
          <ActionButton action={pinPostAction} input={{ ...input, pinned: post.pinned ? "no" : "yes" } as const}>
            {t(post.pinned ? "unpin" : "pin")}
          </ActionButton>
        )}
        {organiser && post.authorId !== viewer?.id && (
          <ActionButton action={hidePostAction} input={input} variant="danger">
            {t("hide")}
          </ActionButton>
        )}
        {can(viewer, "space.post.delete", { ...facts, post }) && (
          <ActionButton action={deletePostAction} input={input} variant="danger">
            {t("delete")}
          </ActionButton>
        )}
        <ReportControl actor={viewer} targetType="space_post" targetId={post.id} authorId={post.authorId} />
      </div>
    );
  };

  return (
    <section aria-labelledby="beitraege" className="flex flex-col gap-4">
      <h2 id="beitraege">{t("title")}</h2>
      {can(viewer, "space.post", facts) && <PostForm spaceId={spaceId} />}
      {posts.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {posts.map((post) => (
            <li key={post.id} id={`beitrag-${post.id}`} className="flex flex-col gap-2 rounded-md border border-slate-300 p-4">
              <p className="text-sm text-slate-700">
                {post.pinned && <strong className="mr-2">{t("pinned")}</strong>}
                {post.authorName ?? t("deletedMember")} ·{" "}
                <time dateTime={post.createdAt.toISOString()}>{format.dateTime(post.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: DISTRICT_TIME_ZONE })}</time>
              </p>
              <AnnouncementBody html={post.bodyHtml} />
              {can(viewer, "space.post.delete", { ...facts, post }) ? (
                <details open={(attachments.get(post.id)?.length ?? 0) > 0}>
                  <summary className="inline-flex min-h-11 cursor-pointer items-center underline">{t("attach")}</summary>
                  <AttachmentManager
                    ownerType="space_post"
                    ownerId={post.id}
                    attachments={attachments.get(post.id) ?? []}
                    headingId={`beitrag-${post.id}-dateien`}
                    intro={tDetail(`photosIntro.${facts.space.visibility}`)}
                  />
                </details>
              ) : (
                <AttachmentList attachments={attachments.get(post.id) ?? []} heading={false} />
              )}
              {viewer && actions(post)}
            </li>
          ))}
        </ul>
      )}
      {page.next && (
        <p>
          <Link href={spaceStreamPagePath(spaceId, encodeCursor(page.next))} className="inline-flex min-h-11 items-center">
            {t("older")}
          </Link>
        </p>
      )}
    </section>
  );
}
