import { getTranslations } from "next-intl/server";
import type { Verification } from "@/lib/policy";

/** Marks a verified person, with a text label for screen readers and sighted users alike. */
export async function UserBadge({ verification }: { verification: Verification }) {
  if (verification !== "verified") return null;
  const t = await getTranslations("common.verification");
  return (
    <span className="ml-1 inline-flex items-center rounded-full border border-green-800 bg-green-50 px-2 py-0.5 text-xs font-semibold text-green-900">
      <span aria-hidden="true">✓&nbsp;</span>
      {t("verified")}
    </span>
  );
}
