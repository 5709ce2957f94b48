import { useTranslations } from "next-intl";
import type { IdeaStatus } from "@/lib/ideas/status";

const TONE: Record<IdeaStatus, string> = {
  new: "border-slate-500 bg-slate-100 text-slate-900",
  under_review: "border-amber-700 bg-amber-50 text-amber-900",
  accepted: "border-blue-800 bg-blue-50 text-blue-900",
  implemented: "border-green-800 bg-green-50 text-green-900",
  declined: "border-red-800 bg-red-50 text-red-900",
};

/** The status as a word (the colour only repeats it). */
export function IdeaStatusBadge({ status }: { status: IdeaStatus }) {
  const t = useTranslations("ideas.status");
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${TONE[status]}`}>{t(status)}</span>;
}
