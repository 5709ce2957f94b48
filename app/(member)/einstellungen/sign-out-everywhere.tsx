"use client";

import { useTranslations } from "next-intl";
import { SignOutButton } from "@/components/sign-out-button";
import { signOutEverywhereAction } from "@/lib/auth/actions";

export function SignOutEverywhere() {
  const t = useTranslations("account.settings");
  return <SignOutButton label={t("signOutEverywhere")} everywhere action={signOutEverywhereAction} />;
}
