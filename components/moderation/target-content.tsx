import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UserName } from "@/components/user-name";
import type { ModerationTarget } from "@/lib/moderation/targets";
import { getConductLabels } from "./labels";

/**
 * The reported thing as a moderator needs to see it: a comment with the announcement it belongs to,
 * an announcement's title and summary, or an account's profile facts; whether it is hidden now.
 */
export async function TargetContent({ target }: { target: ModerationTarget | null }) {
  const [t, tRoles, labels] = await Promise.all([getTranslations("moderation.review"), getTranslations("common.roles"), getConductLabels()]);
  if (!target) {
    return (
      <div className="flex flex-col gap-1 rounded-lg border border-slate-400 bg-slate-100 p-4">
        <p className="font-semibold">{t("gone")}</p>
        <p>{t("goneText")}</p>
      </div>
    );
  }

  const author = target.author ? (
    <UserName
      name={target.author.displayName ?? target.author.username ?? t("deletedAuthor")}
      verification={target.author.verification}
      role={target.author.role}
      note={target.author.username ? <span className="text-slate-700">@{target.author.username}</span> : undefined}
    />
  ) : (
    <span className="italic">{t("deletedAuthor")}</span>
  );
  const time = <time dateTime={target.createdAt.toISOString()}>{labels.dateTime(target.createdAt)}</time>;
  const hidden = target.hiddenByDecisionId && (
    <p className="rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-amber-950">
      <strong>{t("hidden")}:</strong> {t("hiddenText")}
    </p>
  );

  if (target.type === "user") {
    const name = target.author?.displayName ?? target.author?.username ?? t("deletedAuthor");
    return (
      <div className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4">
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">{t("name")}</dt>
          <dd className="mb-2 sm:mb-0">
            <UserName name={name} verification={target.author?.verification ?? null} role={target.author?.role} />
          </dd>
          <dt className="font-medium">{t("username")}</dt>
          <dd className="mb-2 sm:mb-0">@{target.author?.username}</dd>
          {target.author && (
            <>
              <dt className="font-medium">{t("role")}</dt>
              <dd className="mb-2 sm:mb-0">{tRoles(target.author.role)}</dd>
            </>
          )}
          <dt className="font-medium">{t("memberSince")}</dt>
          <dd>{time}</dd>
        </dl>
        <p>
          <Link href={target.href}>{t("viewProfile", { name })}</Link>
        </p>
      </div>
    );
  }

  if (target.type === "announcement") {
    const [title, ...rest] = (target.text ?? "").split("\n\n");
    return (
      <div className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4">
        {hidden}
        <p className="text-lg font-semibold">{title}</p>
        {rest.length > 0 && <p className="whitespace-pre-wrap [overflow-wrap:anywhere]">{rest.join("\n\n")}</p>}
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-800">
          <span>{t("author")}:</span> {author} <span aria-hidden="true">·</span>
          <span>
            {t("publishedAt")} {time}
          </span>
        </p>
        <p>
          <Link href={target.href}>{t("viewAnnouncement")}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4">
      {target.context && (
        <p>
          {t.rich("commentOn", {
            title: target.context.title,
            link: (chunks) => <Link href={target.context!.href}>{chunks}</Link>,
          })}
        </p>
      )}
      {hidden}
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-800">
        <span>{t("author")}:</span> {author} <span aria-hidden="true">·</span>
        <span>
          {t("writtenAt")} {time}
        </span>
      </p>
      <blockquote className="border-l-4 border-slate-400 pl-3 whitespace-pre-wrap [overflow-wrap:anywhere]">{target.text}</blockquote>
      {/* A direct message: moderators see it and the context its reports carry, never the conversation itself. */}
      {target.type === "message" ? (
        <p className="text-sm text-slate-800">{t("messagePrivate")}</p>
      ) : (
        <p>
          <Link href={target.href}>{t("viewInContext")}</Link>
        </p>
      )}
    </div>
  );
}
