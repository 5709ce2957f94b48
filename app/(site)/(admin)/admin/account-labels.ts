import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { effectiveStatus, type AccountStatus } from "@/lib/policy";

const DATE_TIME = { dateStyle: "medium", timeStyle: "short" } as const;

/** Localised labels for an account's facts, shared by the admin pages. */
export async function getAccountLabels() {
  const [t, tStatus, format] = await Promise.all([getTranslations("admin.account"), getTranslations("common.status"), getFormatter()]);
  const dateTime = (date: Date) => format.dateTime(date, DATE_TIME);
  return {
    dateTime,
    /** How an account is named in lists: its display name, else what identifies it (profile not completed yet). */
    name: (account: { displayName: string | null; username: string | null; email: string }) =>
      account.displayName ?? account.username ?? account.email,
    you: t("you"),
    /** "Gesperrt bis …", "Gesperrt (unbefristet)", or a suspension that has run out. */
    status(account: { status: AccountStatus; suspendedUntil: Date | null }) {
      if (account.status !== "suspended") return tStatus(account.status);
      if (!account.suspendedUntil) return t("suspendedIndefinitely");
      return effectiveStatus(account) === "suspended"
        ? t("suspendedUntil", { date: dateTime(account.suspendedUntil) })
        : t("suspensionExpired", { date: dateTime(account.suspendedUntil) });
    },
  };
}
