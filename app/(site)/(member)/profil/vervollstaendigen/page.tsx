import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getSessionUser } from "@/lib/auth/session";
import { getCurrentTerms, getDistrictSettings, listLocalities } from "@/lib/district/queries";
import { can } from "@/lib/policy";
import { getOwnProfile } from "@/lib/users/queries";
import { CompleteProfileForm } from "./complete-profile-form";
import { NewTermsStep } from "./new-terms-step";

/**
 * The gate sends every incomplete account here. Someone who has filled in their profile before and
 * only lacks the terms now in force sees the new-terms step; everyone else completes the profile
 * (which includes accepting the current terms). Shared by the metadata and the page.
 */
const loadStep = cache(async () => {
  const user = await getSessionUser();
  if (!user) return null;
  const profile = await getOwnProfile(user.id);
  const profileFilledIn = Boolean(profile?.username && profile.displayName && profile.localityId !== null);
  return { user, profile, step: profileFilledIn && user.acceptedTermsVersion !== user.currentTermsVersion ? ("terms" as const) : ("profile" as const) };
});

export async function generateMetadata(): Promise<Metadata> {
  const loaded = await loadStep();
  if (loaded?.step === "terms") return { title: (await getTranslations("district.acceptance"))("title") };
  return { title: (await getTranslations("auth.profile"))("title") };
}

export default async function CompleteProfilePage() {
  const loaded = await loadStep();
  if (!loaded) redirect("/anmelden");
  const { user, profile, step } = loaded;

  if (step === "terms") {
    if (!can(user, "terms.accept")) redirect("/");
    const [terms, settings] = await Promise.all([getCurrentTerms(), getDistrictSettings()]);
    return <NewTermsStep terms={terms} platformName={settings.platformName} />;
  }

  if (!can(user, "profile.complete")) redirect("/");
  const [t, localities, settings] = await Promise.all([getTranslations("auth.profile"), listLocalities(), getDistrictSettings()]);
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
