import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { UserName } from "@/components/user-name";
import { listActiveSuspensions } from "@/lib/users/queries";
import { getConductLabels } from "./labels";

/** The accounts suspended right now, with the reason they were given and until when. */
export async function SuspendedAccounts({ headingId }: { headingId: string }) {
  const [t, labels, suspensions] = await Promise.all([getTranslations("areas.moderation"), getConductLabels(), listActiveSuspensions()]);
  if (suspensions.length === 0) return <p>{t("none")}</p>;
  return (
    <DataTable labelledBy={headingId} columns={[t("name"), t("reason"), t("until")]}>
      {suspensions.map((s) => (
        <tr key={s.id} className="border-t border-slate-200 align-top">
          <td className="px-3 py-2">
            <UserName
              name={s.displayName ?? "–"}
              verification={s.verification}
              role={s.role}
              note={s.username && <span className="text-slate-700">@{s.username}</span>}
            />
          </td>
          <td className="px-3 py-2 whitespace-pre-wrap [overflow-wrap:anywhere]">{s.suspensionReason}</td>
          <td className="px-3 py-2">{s.suspendedUntil ? labels.dateTime(s.suspendedUntil) : t("indefinite")}</td>
        </tr>
      ))}
    </DataTable>
  );
}
