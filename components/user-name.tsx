import Link from "next/link";
import type { ReactNode } from "react";
import type { Role, Verification } from "@/lib/policy";
import { UserBadge } from "./user-badge";
import { CONTENT_LOCALE } from "@/lib/i18n/config";

/**
 * A person's name as shown anywhere on the platform: the name (a link where it leads somewhere),
 * then the badges that say who is verified or writes for the district office.
 */
export function UserName({
  name,
  verification,
  role,
  href,
  note,
}: {
  name: string;
  verification: Verification | null;
  role?: Role | null;
  href?: string;
  /** Shown right after the name, before the badges, e.g. "(du)". */
  note?: ReactNode;
}) {
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1.5 gap-y-1">
      {href ? (
        <Link href={href} lang={CONTENT_LOCALE} className="font-medium">
          {name}
        </Link>
      ) : (
        <span lang={CONTENT_LOCALE}>{name}</span>
      )}
      {note}
      <UserBadge verification={verification} role={role} />
    </span>
  );
}
