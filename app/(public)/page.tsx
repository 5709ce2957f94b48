import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { getDistrictSettings, listLocalities } from "@/lib/district/queries";
import { can } from "@/lib/policy";

export default async function HomePage() {
  const [user, settings, t] = await Promise.all([getSessionUser(), getDistrictSettings(), getTranslations("common.home")]);
  const member = can(user, "area.member") ? user : null;
  const locality = member ? (await listLocalities()).find((l) => l.id === member.localityId)?.name : undefined;

  return (
    <div className="flex flex-col gap-8">
      {member ? (
        <section aria-labelledby="welcome" className="flex flex-col gap-3">
          <h1 id="welcome">{t("welcome", { name: member.displayName ?? member.email })}</h1>
          <p>{t("welcomeText", { locality: locality ?? "–" })}</p>
          <p>{member.verification === "verified" ? t("verifiedHint") : t("unverifiedHint")}</p>
          <p>
            <Link href="/einstellungen">{t("toSettings")}</Link>
          </p>
        </section>
      ) : (
        <section aria-labelledby="intro" className="flex flex-col gap-4">
          <h1 id="intro">{t("title", { district: settings.districtName })}</h1>
          <p className="text-lg">{t("intro", { district: settings.districtName })}</p>
          <p className="flex flex-wrap gap-4">
            <Link href="/mitmachen" className="rounded-md bg-blue-800 px-4 py-2 font-medium text-white no-underline hover:bg-blue-900 hover:text-white">
              {t("joinCta")}
            </Link>
            <Link href="/anmelden" className="px-1 py-2">
              {t("signInCta")}
            </Link>
          </p>
        </section>
      )}
      <section aria-labelledby="promises" className="rounded-lg border border-slate-300 bg-white p-6">
        <h2 id="promises">{t("promises.title")}</h2>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          <li>{t("promises.privacy")}</li>
          <li>{t("promises.identity")}</li>
          <li>{t("promises.moderation")}</li>
          <li>{t("promises.access")}</li>
        </ul>
      </section>
    </div>
  );
}
