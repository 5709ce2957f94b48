import Link from "next/link";

/** Keyset pagination: a link onwards while there are more rows, and one back to the first page. */
export function PaginationLinks({
  label,
  nextHref,
  nextLabel,
  firstHref,
  firstLabel,
}: {
  label: string;
  nextHref: string | null;
  nextLabel: string;
  firstHref: string | null;
  firstLabel: string;
}) {
  if (!nextHref && !firstHref) return null;
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-6">
        {firstHref && (
          <li>
            <Link href={firstHref}>{firstLabel}</Link>
          </li>
        )}
        {nextHref && (
          <li>
            <Link href={nextHref} rel="next">
              {nextLabel}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
