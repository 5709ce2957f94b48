import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Keyset pagination: a link onwards while there are more rows, and one back to the first page. */
export async function PaginationLinks({ label, nextHref, firstHref }: { label: string; nextHref: string | null; firstHref: string | null }) {
  if (!nextHref && !firstHref) return null;
  const t = await getTranslations("common.pagination");
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-6">
        {firstHref && (
          <li>
            <Link href={firstHref}>{t("first")}</Link>
          </li>
        )}
        {nextHref && (
          <li>
            <Link href={nextHref} rel="next">
              {t("next")}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
