import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/sign-out-button";
import { getSessionUser } from "@/lib/auth/session";
import { isSuspended } from "@/lib/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.suspended"))("title") };
}

/** The only page a suspended account sees: what happened, until when, and how to object. */
export default async function SuspendedPage() {
  const user = await getSessionUser();
  if (!user || !isSuspended(user)) redirect("/");
  const [t, format] = await Promise.all([getTranslations("account.suspended"), getFormatter()]);
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <dl className="flex flex-col gap-2 rounded-lg border border-red-800 bg-red-50 p-4">
        <dt className="font-semibold">{t("reason")}</dt>
        <dd>{user.suspensionReason}</dd>
        {user.suspendedUntil ? (
          <>
            <dt className="font-semibold">{t("until")}</dt>
            <dd>{format.dateTime(user.suspendedUntil, { dateStyle: "long", timeStyle: "short" })}</dd>
          </>
        ) : (
          <dd>{t("indefinite")}</dd>
        )}
      </dl>
      <p>{t("contact")}</p>
      <div>
        <SignOutButton label={t("signOut")} />
      </div>
    </div>
  );
}
