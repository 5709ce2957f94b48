import { getTranslations } from "next-intl/server";
import { DeleteAccountForm } from "./delete-account-form";

/**
 * "Konto löschen". With a password the form asks for it; without one, a sign-in link sent to the
 * address confirms (after it, the session is fresh for 15 minutes and the form deletes).
 */
export async function DeleteAccountSection({
  hasPassword,
  sessionIsFresh,
  lastActiveAdmin = false,
}: {
  hasPassword: boolean;
  sessionIsFresh: boolean;
  /** The policy refuses the last active admin (lib/privacy/account-facts.ts): the section says why instead of offering the form. */
  lastActiveAdmin?: boolean;
}) {
  const t = await getTranslations("privacy.settings");
  const mode = hasPassword ? "password" : sessionIsFresh ? "fresh" : "link";
  return (
    <section aria-labelledby="konto-loeschen" className="flex scroll-mt-4 flex-col gap-4 rounded-lg border border-red-800 p-4">
      <h2 id="konto-loeschen">{t("deleteTitle")}</h2>
      <p>{t("deleteIntro")}</p>
      <p>{t("deleteContent")}</p>
      <p>{t("deleteExportHint")}</p>
      {lastActiveAdmin ? <p className="rounded-md border border-amber-700 bg-amber-50 px-4 py-3 text-amber-950">{t("deleteLastAdmin")}</p> : <DeleteAccountForm mode={mode} />}
    </section>
  );
}
