import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { ReportOnTarget } from "@/lib/moderation/queue/target-review";
import { getConductLabels } from "./labels";
import { PersonName } from "./person-name";

/** The reports on one target: reason, the reporter's explanation, who, when and (optionally) open or resolved. */
export async function ReportTable({ reports, labelledBy, showStatus = true }: { reports: ReportOnTarget[]; labelledBy: string; showStatus?: boolean }) {
  const [t, tQueue, labels] = await Promise.all([getTranslations("moderation.review"), getTranslations("moderation.queue"), getConductLabels()]);
  const columns = [t("columns.reason"), t("columns.explanation"), t("columns.reporter"), t("columns.time"), ...(showStatus ? [t("columns.status")] : [])];
  return (
    <DataTable labelledBy={labelledBy} columns={columns}>
      {reports.map((report) => (
        <tr key={report.id} className="border-t border-slate-200 align-top">
          <td className="px-3 py-2">{labels.reason(report.reason)}</td>
          <td className="min-w-64 px-3 py-2 whitespace-pre-wrap [overflow-wrap:anywhere]">{report.explanation}</td>
          <td className="px-3 py-2">
            <PersonName person={report.reporter} fallback={tQueue("unknownPerson")} withUsername={false} />
          </td>
          <td className="px-3 py-2 whitespace-nowrap">
            <time dateTime={report.createdAt.toISOString()}>{labels.dateTime(report.createdAt)}</time>
          </td>
          {showStatus && <td className="px-3 py-2">{report.open ? t("reportOpen") : t("reportResolved")}</td>}
        </tr>
      ))}
    </DataTable>
  );
}
