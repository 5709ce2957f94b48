import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RequestLinkForm } from "@/components/auth/request-link-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.join"))("title") };
}

export default async function JoinPage() {
  const t = await getTranslations("auth.join");
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <RequestLinkForm />
      <p>
        {t("haveAccount")} <Link href="/anmelden">{t("signInWithPassword")}</Link>
      </p>
    </div>
  );
}
