import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { MESSAGE_SETTINGS_PATH, MESSAGES_PATH } from "@/lib/messages/paths";
import { isVerified } from "@/lib/policy";
import { NewConversationForm } from "./new-conversation-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("messages.new"))("title") };
}

/** A new conversation with one person or a small group: the picker offers only people who may be written to. */
export default async function NewConversationPage() {
  const actor = await requirePageAccess("message.compose");
  const t = await getTranslations("messages.new");
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <p>
        <Link href={MESSAGES_PATH}>
          <span aria-hidden="true">←&nbsp;</span>
          {t("back")}
        </Link>
      </p>
      <h1>{t("title")}</h1>
      <p>{isVerified(actor) ? t("whoVerified") : t("whoEmailOnly")}</p>
      <p className="text-sm text-slate-800">
        {t("ownSetting")} <Link href={MESSAGE_SETTINGS_PATH}>{t("ownSettingLink")}</Link>
      </p>
      <NewConversationForm />
    </div>
  );
}
