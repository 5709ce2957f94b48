import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { IdeaListItem } from "@/lib/ideas/queries";
import { ideaPath } from "@/lib/ideas/paths";
import { IdeaClock } from "./idea-clock";
import { IdeaStatusBadge } from "./idea-status-badge";

/** A list of ideas: title, status, clock once the threshold is reached, where and what, supports and comments. */
export function IdeaList({ items, empty, answerDays }: { items: IdeaListItem[]; empty: ReactNode; answerDays: number }) {
  const t = useTranslations("ideas.list");
  const format = useFormatter();
  if (items.length === 0) return <>{empty}</>;
  return (
    <ul className="flex flex-col gap-4">
      {items.map((idea) => (
        <li key={idea.id} className="flex flex-col gap-1 rounded-lg border border-slate-300 bg-white p-4">
          <h3 className="text-lg font-semibold [overflow-wrap:anywhere]">
            <Link href={ideaPath(idea.id)}>{idea.title}</Link>
          </h3>
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <IdeaStatusBadge status={idea.status} />
            <IdeaClock thresholdReachedAt={idea.thresholdReachedAt} firstAnsweredAt={idea.firstAnsweredAt} answerDays={answerDays} />
          </p>
          <p className="text-sm text-slate-700">
            {[idea.categoryName, idea.localityName, idea.departmentName].filter(Boolean).join(" · ")} ·{" "}
            {t("submitted", { date: format.dateTime(idea.createdAt, { dateStyle: "medium", timeZone: "Europe/Berlin" }) })} · {t("supports", { count: idea.supportCount })} ·{" "}
            {t("comments", { count: idea.commentCount })}
          </p>
        </li>
      ))}
    </ul>
  );
}
