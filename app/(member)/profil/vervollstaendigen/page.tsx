import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { getDistrictSettings, listLocalities } from "@/lib/district/queries";
import { can } from "@/lib/policy";
import { getOwnProfile } from "@/lib/users/queries";
import { CompleteProfileForm } from "./complete-profile-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.profile"))("title") };
}

export default async function CompleteProfilePage() {
  const user = await getSessionUser();
  if (!user) redirect("/anmelden");
  if (!can(user, "profile.complete")) redirect("/");
  const [t, localities, settings, profile] = await Promise.all([
    getTranslations("auth.profile"),
    listLocalities(),
    getDistrictSettings(),
    getOwnProfile(user.id),
  ]);
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <CompleteProfileForm
        localities={localities}
        termsVersion={settings.termsVersion}
        defaults={{ username: profile?.username ?? "", displayName: profile?.displayName ?? "", localityId: profile?.localityId ?? undefined }}
      />
    </div>
  );
}
