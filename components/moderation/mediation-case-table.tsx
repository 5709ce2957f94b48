import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { UserName } from "@/components/user-name";
import { mediationPath } from "@/lib/mediation/paths";
import type { MediationListItem } from "@/lib/mediation/queries";
import { getConductLabels } from "./labels";

/** Mediation cases: title (to the thread), state, parties, number of messages, opened when. */
export async function MediationCaseTable({ cases, labelledBy, viewerId }: { cases: MediationListItem[]; labelledBy: string; viewerId: string }) {
  const [t, tStatus, tCase, labels] = await Promise.all([
    getTranslations("mediation.list.columns"),
    getTranslations("mediation.status"),
    getTranslations("mediation.case"),
    getConductLabels(),
  ]);
  return (
    <DataTable labelledBy={labelledBy} columns={[t("title"), t("status"), t("parties"), t("messages"), t("openedAt")]}>
      {cases.map((c) => (
        <tr key={c.id} className="border-t border-slate-200 align-top">
          <td className="min-w-48 px-3 py-2">
            <Link href={mediationPath(c.id)} className="font-medium">
              {c.title}
            </Link>
          </td>
          <td className="px-3 py-2">{tStatus(c.status)}</td>
          <td className="px-3 py-2">
            <ul className="flex flex-col gap-1">
              {c.parties.map((p) => (
                <li key={p.id}>
                  <UserName
                    name={p.displayName ?? p.username ?? tCase("deletedMember")}
                    verification={p.verification}
                    role={p.role}
                    note={p.id === viewerId ? <span className="text-slate-700">{tCase("you")}</span> : undefined}
                  />
                </li>
              ))}
            </ul>
          </td>
          <td className="px-3 py-2">{c.messageCount}</td>
          <td className="px-3 py-2 whitespace-nowrap">
            <time dateTime={c.createdAt.toISOString()}>{labels.dateTime(c.createdAt)}</time>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
