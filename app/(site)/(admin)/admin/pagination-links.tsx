import { getTranslations } from "next-intl/server";
import { PaginationLinks as Links } from "@/components/ui/pagination-links";

/** The office's lists (accounts, audit log, codes) page with the common wording. */
export async function PaginationLinks(props: { label: string; nextHref: string | null; firstHref: string | null }) {
  const t = await getTranslations("common.pagination");
  return <Links {...props} nextLabel={t("next")} firstLabel={t("first")} />;
}
