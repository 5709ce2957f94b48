import { getTranslations } from "next-intl/server";
import { listBlockedPeople, getMessageAudience } from "@/lib/messages/queries";
import { MessageAudienceForm } from "./message-audience-form";
import { UnblockButton } from "./unblock-button";

/** "Nachrichten" in the settings: who may write to me, and the people I blocked (with unblocking). */
export async function MessageSettingsSection({ userId }: { userId: string }) {
  const [t, audience, blocked] = await Promise.all([getTranslations("messages.settings"), getMessageAudience(userId), listBlockedPeople(userId)]);
  return (
    <section aria-labelledby="nachrichten" className="flex scroll-mt-4 flex-col gap-4">
      <h2 id="nachrichten">{t("title")}</h2>
      <MessageAudienceForm audience={audience} />
      <h3 className="text-lg font-semibold">{t("blockedTitle")}</h3>
      {blocked.length === 0 ? (
        <p>{t("noneBlocked")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {blocked.map((person) => (
            <li key={person.id} className="flex flex-wrap items-center gap-3">
              <span>
                {person.displayName ?? t("deletedMember")}
                {person.username && <span className="text-sm text-slate-700"> @{person.username}</span>}
              </span>
              <UnblockButton userId={person.id} name={person.displayName ?? person.username ?? ""} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
