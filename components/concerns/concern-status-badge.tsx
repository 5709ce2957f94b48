import { useTranslations } from "next-intl";
import type { ConcernStatus } from "@/lib/concerns/status";

const TONE: Record<ConcernStatus, string> = {
  received: "border-slate-500 bg-slate-100 text-slate-900",
  in_review: "border-amber-700 bg-amber-50 text-amber-900",
  in_progress: "border-blue-800 bg-blue-50 text-blue-900",
  resolved: "border-green-800 bg-green-50 text-green-900",
  declined: "border-red-800 bg-red-50 text-red-900",
  forwarded: "border-purple-800 bg-purple-50 text-purple-900",
};

/** The status as a word (the colour only repeats it). */
export function ConcernStatusBadge({ status }: { status: ConcernStatus }) {
  const t = useTranslations("concerns.status");
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${TONE[status]}`}>{t(status)}</span>;
}
