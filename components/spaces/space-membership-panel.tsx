import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SIGN_IN_PATH } from "@/lib/auth/gate";
import { can, type MaybeActor, type SpaceFacts } from "@/lib/policy";
import { acceptInvitationAction, followSpaceAction, joinSpaceAction, leaveSpaceAction } from "@/lib/spaces/actions";
import { editSpacePath, newSpaceEventPath, newSpaceShiftPath, spaceMembersPath } from "@/lib/spaces/paths";
import type { SpaceDetail } from "@/lib/spaces/queries";
import { ActionButton } from "./action-button";
import { RequestJoinForm } from "./request-join-form";

const linkClass = "inline-flex min-h-11 items-center";

/** What the viewer can do about their membership, and the organisers' links. */
export async function SpaceMembershipPanel({ viewer, space, facts }: { viewer: MaybeActor; space: SpaceDetail; facts: { space: SpaceFacts } }) {
  const t = await getTranslations("spaces.membership");
  const input = { spaceId: space.id };
  return (
    <section aria-labelledby="mitmachen" className="flex flex-col gap-3 rounded-md border border-slate-300 p-4">
      <h2 id="mitmachen" className="text-lg">
        {t("title")}
      </h2>
      {!viewer && (
        <p>
          <Link href={SIGN_IN_PATH} className={linkClass}>
            {t("signIn")}
          </Link>
        </p>
      )}
      {space.membership && <p>{t(`status.${space.membership}`)}</p>}
      {can(viewer, "space.join", facts) && (
        <ActionButton action={joinSpaceAction} input={input} variant="primary">
          {t("join")}
        </ActionButton>
      )}
      {can(viewer, "space.requestJoin", facts) && <RequestJoinForm spaceId={space.id} />}
      {viewer && !space.membership && space.joinPolicy === "invitation" && <p>{t("invitationOnly")}</p>}
      {can(viewer, "space.acceptInvitation", facts) && (
        <ActionButton action={acceptInvitationAction} input={input} variant="primary">
          {t("accept")}
        </ActionButton>
      )}
      {can(viewer, "space.leave", facts) && (
        <ActionButton action={leaveSpaceAction} input={input}>
          {t(space.membership === "requested" ? "withdraw" : space.membership === "invited" ? "declineInvitation" : "leave")}
        </ActionButton>
      )}
      {can(viewer, "space.follow", facts) && !space.membership && (
        <ActionButton action={followSpaceAction} input={{ ...input, follow: space.following ? "no" : "yes" } as const}>
          {t(space.following ? "unfollow" : "follow")}
        </ActionButton>
      )}
      {can(viewer, "space.edit", facts) && (
        <ul className="flex flex-wrap gap-x-4">
          <li>
            <Link href={editSpacePath(space.id)} className={linkClass}>
              {t("edit")}
            </Link>
          </li>
          <li>
            <Link href={newSpaceEventPath(space.id)} className={linkClass}>
              {t("newEvent")}
            </Link>
          </li>
          <li>
            <Link href={newSpaceShiftPath(space.id)} className={linkClass}>
              {t("newShift")}
            </Link>
          </li>
        </ul>
      )}
      <p>
        <Link href={spaceMembersPath(space.id)} className={linkClass}>
          {t("members", { count: space.memberCount })}
        </Link>
      </p>
    </section>
  );
}
