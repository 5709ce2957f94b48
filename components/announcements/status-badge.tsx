import { useTranslations } from "next-intl";
import type { AnnouncementDisplayStatus } from "@/lib/announcements/status";

const styles: Record<AnnouncementDisplayStatus, string> = {
  published: "border-green-800 bg-green-50 text-green-900",
  scheduled: "border-blue-800 bg-blue-50 text-blue-900",
  expired: "border-slate-600 bg-slate-100 text-slate-800",
  unpublished: "border-amber-800 bg-amber-50 text-amber-900",
};

/** An announcement's state for staff, as a word (the colour only repeats it). */
export function AnnouncementStatusBadge({ status }: { status: AnnouncementDisplayStatus }) {
  const t = useTranslations("announcements.status");
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-sm font-semibold whitespace-nowrap ${styles[status]}`}>{t(status)}</span>;
}
