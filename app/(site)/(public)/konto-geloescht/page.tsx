import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Prose } from "@/components/prose";
import { HOME_PATH } from "@/lib/http/paths";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacy.deleted"))("title") };
}

export default async function AccountDeletedPage() {
  const t = await getTranslations("privacy.deleted");
  return (
    <Prose>
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>{t("again")}</p>
      <p>
        <Link href={HOME_PATH}>{t("home")}</Link>
      </p>
    </Prose>
  );
}
