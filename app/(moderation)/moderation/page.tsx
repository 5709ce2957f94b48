import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { UserName } from "@/components/user-name";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { listActiveSuspensions } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("areas.moderation"))("title") };
}

export default async function ModerationHomePage() {
  await requirePageAccess("area.moderation");
  const [t, format, suspensions] = await Promise.all([getTranslations("areas.moderation"), getFormatter(), listActiveSuspensions()]);
  return (
    <div className="flex flex-col gap-6">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <section aria-labelledby="suspended" className="flex flex-col gap-3">
        <h2 id="suspended">{t("suspendedTitle")}</h2>
        {suspensions.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="py-2 pr-4">{t("name")}</th>
                <th scope="col" className="py-2 pr-4">{t("reason")}</th>
                <th scope="col" className="py-2">{t("until")}</th>
              </tr>
            </thead>
            <tbody>
              {suspensions.map((s) => (
                <tr key={s.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-4">
                    <UserName
                      name={s.displayName ?? "–"}
                      verification={s.verification}
                      role={s.role}
                      note={s.username && <span className="text-slate-700">@{s.username}</span>}
                    />
                  </td>
                  <td className="py-2 pr-4">{s.suspensionReason}</td>
                  <td className="py-2">{s.suspendedUntil ? format.dateTime(s.suspendedUntil, { dateStyle: "medium", timeStyle: "short" }) : t("indefinite")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
