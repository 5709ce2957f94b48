import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ModerationPageHeader } from "@/components/moderation/moderation-nav";
import { SuspendedAccounts } from "@/components/moderation/suspended-accounts";
import { requirePageAccess } from "@/lib/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("moderation.suspended"))("title") };
}

export default async function SuspendedAccountsPage() {
  await requirePageAccess("moderation.queue.read");
  const [t, tArea] = await Promise.all([getTranslations("moderation.suspended"), getTranslations("areas.moderation")]);
  return (
    <div className="flex flex-col gap-8">
      <ModerationPageHeader title={t("title")} current="suspended" intro={t("intro")} />
      <section aria-labelledby="suspended" className="flex flex-col gap-3">
        <h2 id="suspended">{tArea("suspendedTitle")}</h2>
        <SuspendedAccounts headingId="suspended" />
      </section>
    </div>
  );
}
