import { useTranslations } from "next-intl";
import { PaginationLinks } from "@/components/ui/pagination-links";

/** Keyset pagination under an announcement list: onwards while there are more, and back to the newest. */
export function AnnouncementPagination({ nextHref, firstHref }: { nextHref: string | null; firstHref: string | null }) {
  const t = useTranslations("announcements.pagination");
  return <PaginationLinks label={t("label")} nextHref={nextHref} nextLabel={t("next")} firstHref={firstHref} firstLabel={t("first")} />;
}
