import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { NOTIFICATION_SETTINGS_PATH, unsubscribePath } from "@/lib/notifications/paths";
import { verifyUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.unsubscribe"))("title"), robots: { index: false } };
}

/**
 * The page behind a mail's unsubscribe link: names what would be unsubscribed and asks once (a GET
 * changes nothing — link scanners open every link). Works signed out: the token says who and what.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const token = firstParam(params.t) ?? "";
  const done = firstParam(params.erledigt) === "1";
  const [t, tPreferences] = await Promise.all([getTranslations("notifications.unsubscribe"), getTranslations("notifications.preferences")]);
  const result = verifyUnsubscribeToken(token);
  const settings = (
    <p>
      <Link href={NOTIFICATION_SETTINGS_PATH}>{t("settingsLink")}</Link>
    </p>
  );
  if (!result.ok) {
    return (
      <div className="flex max-w-xl flex-col gap-4">
        <h1>{t("title")}</h1>
        <p role="alert">{result.reason === "expired" ? t("expired") : t("invalid")}</p>
        {settings}
      </div>
    );
  }
  const digest = result.kind === "daily" || result.kind === "weekly" ? result.kind : null;
  const kind = digest ? "" : tPreferences(`kinds.${result.kind as "comment_reply"}.label`);
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <h1>{t("title")}</h1>
      {done ? (
        <>
          <p role="status">{digest ? t("doneDigest") : t("done", { kind })}</p>
          <p>{t("change")}</p>
          {settings}
        </>
      ) : (
        <form method="post" action={unsubscribePath(token)} className="flex flex-col gap-4">
          <input type="hidden" name="confirm" value="1" />
          <p>{digest ? t("confirmDigest", { period: digest }) : t("confirm", { kind })}</p>
          <div>
            <Button type="submit">{t("button")}</Button>
          </div>
        </form>
      )}
    </div>
  );
}
