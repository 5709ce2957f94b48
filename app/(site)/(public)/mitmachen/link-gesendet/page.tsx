import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.linkSent"))("title") };
}

/** Auth.js's "check your e-mail" page. */
export default async function LinkSentPage() {
  const t = await getTranslations("auth.linkSent");
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link href="/mitmachen">{t("again")}</Link>
      </p>
    </div>
  );
}
