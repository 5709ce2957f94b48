import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ConcernListItem } from "@/lib/concerns/queries";
import { ConcernClock } from "./concern-clock";
import { ConcernStatusBadge } from "./concern-status-badge";

/** A list of concerns: title, status, clock, where and what, co-signatures. `href` names where a row leads (public page or inbox). */
export function ConcernList({ items, empty, answerDays, href, showClaim = false }: { items: ConcernListItem[]; empty: ReactNode; answerDays: number; href: (id: string) => string; showClaim?: boolean }) {
  const t = useTranslations("concerns.list");
  const format = useFormatter();
  if (items.length === 0) return <>{empty}</>;
  return (
    <ul className="flex flex-col gap-4">
      {items.map((c) => (
        <li key={c.id} className="flex flex-col gap-1 rounded-lg border border-slate-300 bg-white p-4">
          <h3 className="text-lg font-semibold [overflow-wrap:anywhere]">
            <Link href={href(c.id)}>{c.title}</Link>
          </h3>
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <ConcernStatusBadge status={c.status} />
            {c.visibility === "private" && <span className="text-sm font-medium">{t("private")}</span>}
            <ConcernClock createdAt={c.createdAt} firstAnsweredAt={c.firstAnsweredAt} answerDays={answerDays} />
          </p>
          <p className="text-sm text-slate-700">
            {[c.categoryName, c.localityName, c.departmentName].filter(Boolean).join(" · ")} · {t("filed", { date: format.dateTime(c.createdAt, { dateStyle: "medium", timeZone: "Europe/Berlin" }) })} ·{" "}
            {t("cosigns", { count: c.cosignCount })}
            {showClaim && <> · {c.claimedByName ? t("claimedBy", { name: c.claimedByName }) : t("unclaimed")}</>}
          </p>
        </li>
      ))}
    </ul>
  );
}
