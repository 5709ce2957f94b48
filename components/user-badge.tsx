import { useTranslations } from "next-intl";
import type { Role, Verification } from "@/lib/policy";

/**
 * Marks a verified person ("Verifiziert") or someone who writes for the district office
 * ("Bezirksamt"), with the words themselves as the label: colour and icon only repeat them.
 * Staff are verified by rule, so they carry the office badge alone rather than two.
 * Not async, so server and client components can both use it.
 */
export function UserBadge({ verification, role }: { verification: Verification | null; role?: Role | null }) {
  const t = useTranslations("verification.badge");
  if (role === "staff") {
    return (
      <span className="inline-flex items-center gap-1 rounded-full border border-blue-900 bg-blue-800 px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-white">
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3" fill="currentColor">
          <path d="M8 1 1 4.5V6h14V4.5L8 1ZM2.5 7v5h2V7h-2Zm4 0v5h3V7h-3Zm5 0v5h2V7h-2ZM1 13v2h14v-2H1Z" />
        </svg>
        {t("staff")}
      </span>
    );
  }
  if (verification !== "verified") return null;
  return (
    <span className="inline-flex items-center gap-1 rounded-full border border-green-800 bg-green-50 px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-green-900">
      <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3" fill="none" stroke="currentColor" strokeWidth="2.5">
        <path d="m3 8.5 3 3 7-7" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {t("verified")}
    </span>
  );
}
