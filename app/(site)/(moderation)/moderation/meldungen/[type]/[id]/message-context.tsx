import { getFormatter, getTranslations } from "next-intl/server";
import { listReportContext } from "@/lib/messages/queries";

/**
 * A reported direct message's context: the messages before it, as frozen with each report whose reporter
 * consented (oldest first). Moderators see nothing else of the conversation.
 */
export async function MessageContext({ reports }: { reports: Array<{ id: string; createdAt: Date }> }) {
  const [t, format, byReport] = await Promise.all([getTranslations("messages.moderation"), getFormatter(), listReportContext(reports.map((r) => r.id))]);
  const withContext = reports.filter((r) => (byReport.get(r.id) ?? []).length > 0);
  return (
    <section aria-labelledby="message-context" className="flex flex-col gap-3">
      <h2 id="message-context">{t("contextTitle")}</h2>
      {withContext.length === 0 ? (
        <p>{t("noContext")}</p>
      ) : (
        withContext.map((report) => (
          <div key={report.id} className="flex flex-col gap-2">
            <h3 className="text-lg font-semibold">{t("contextOfReport", { date: format.dateTime(report.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}</h3>
            <ol className="flex flex-col gap-2">
              {byReport.get(report.id)!.map((m) => (
                <li key={m.position} className="flex flex-col gap-1 rounded-md border border-slate-300 bg-white p-3">
                  <p className="text-sm text-slate-800">
                    <span className="font-semibold text-slate-900">{m.senderName ?? t("deletedMember")}</span> <span aria-hidden="true">·</span>{" "}
                    <time dateTime={m.sentAt.toISOString()}>{format.dateTime(m.sentAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                  </p>
                  <p className="whitespace-pre-wrap [overflow-wrap:anywhere]">{m.body}</p>
                </li>
              ))}
            </ol>
          </div>
        ))
      )}
    </section>
  );
}
