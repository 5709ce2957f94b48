import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { SUSPENDED_PATH } from "@/lib/auth/gate";
import { isSuspended } from "@/lib/policy";
import { HiddenOnPath } from "./hidden-on-path";

/**
 * A suspended person reads public pages as a visitor would; this note at the top of every page says
 * why they cannot do more and leads to the suspension page (reasons, appeal). Display only: what the
 * account may do is decided by the gate, the pages and the actions. The root layout renders it, so a
 * suspension lifted meanwhile shows until the next full page load — suspending ends every session,
 * so a suspended person always arrives with a fresh load.
 */
export async function SuspendedNotice() {
  const user = await getSessionUser();
  if (!user || !isSuspended(user)) return null;
  const t = await getTranslations("account.suspended");
  return (
    <HiddenOnPath path={SUSPENDED_PATH}>
      <p className="mb-6 rounded-md border border-amber-700 bg-amber-50 px-4 py-3 text-amber-950">
        {t.rich("notice", { link: (chunks) => <Link href={SUSPENDED_PATH} className="font-medium">{chunks}</Link> })}
      </p>
    </HiddenOnPath>
  );
}
