import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SpaceForm } from "@/components/spaces/space-form";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { loadSpaceFormChoices } from "@/lib/spaces/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("spaces.form"))("newTitle") };
}

/** Verified residents and staff start a space (space.create); they become its owner. */
export default async function NewSpacePage() {
  await requirePageAccess("space.create");
  const [t, choices] = await Promise.all([getTranslations("spaces.form"), loadSpaceFormChoices()]);
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <h1>{t("newTitle")}</h1>
      <p>{t("newIntro")}</p>
      <SpaceForm choices={choices} />
    </div>
  );
}
