import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.error"))("title") };
}

/** Auth.js sends failed sign-ins here, e.g. `?error=Verification` for a used or expired link. */
export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const [t, { error }] = await Promise.all([getTranslations("auth.error"), searchParams]);
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <h1>{t("title")}</h1>
      <p role="alert">{error === "Verification" ? t("verification") : t("generic")}</p>
      <p>
        <Link href="/mitmachen">{t("again")}</Link>
      </p>
    </div>
  );
}
