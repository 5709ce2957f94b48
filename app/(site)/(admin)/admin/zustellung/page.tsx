import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { listFailedDeliveries } from "@/lib/notifications/queries";
import { AdminNav } from "../admin-nav";
import { RetryDelivery } from "./retry-delivery";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.delivery"))("title") };
}

/** Mails that failed after every retry: never silently lost, here until delivered again. */
export default async function DeliveryPage() {
  await requirePageAccess("admin.delivery.manage");
  const [t, format, failed] = await Promise.all([getTranslations("notifications.delivery"), getFormatter(), listFailedDeliveries()]);
  return (
    <div className="flex flex-col gap-6">
      <h1>{t("title")}</h1>
      <AdminNav current="delivery" />
      <p>{t("intro")}</p>
      {failed.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("listLabel")}</caption>
            <thead>
              <tr>
                <th scope="col" className="p-2">{t("recipient")}</th>
                <th scope="col" className="p-2">{t("kind")}</th>
                <th scope="col" className="p-2">{t("attempts")}</th>
                <th scope="col" className="p-2">{t("failedAt")}</th>
                <th scope="col" className="p-2">{t("error")}</th>
                <td className="p-2" />
              </tr>
            </thead>
            <tbody>
              {failed.map((item) => (
                <tr key={item.id} className="border-t border-slate-300 align-top">
                  <td className="p-2 [overflow-wrap:anywhere]">{item.email}</td>
                  <td className="p-2">{item.kind}</td>
                  <td className="p-2">{item.attempts}</td>
                  <td className="p-2">{format.dateTime(item.failedAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td className="p-2 [overflow-wrap:anywhere]">{item.error}</td>
                  <td className="p-2">
                    <RetryDelivery id={item.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
