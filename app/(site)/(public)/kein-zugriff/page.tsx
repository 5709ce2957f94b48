import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("common.forbidden"))("title") };
}

/** Shown (with status 403) by the gate when a signed-in account lacks the role for an area. */
export default async function ForbiddenPage() {
  const t = await getTranslations("common.forbidden");
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link href="/">{t("back")}</Link>
      </p>
    </div>
  );
}
