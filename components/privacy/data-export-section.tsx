import { getFormatter, getTranslations } from "next-intl/server";
import { getDistrictSettings } from "@/lib/district/queries";
import { listOwnExports } from "@/lib/privacy/export/store";
import { exportDownloadPath } from "@/lib/privacy/paths";
import { RETENTION } from "@/lib/privacy/retention-periods";
import { DataExportButton } from "./data-export-button";
import { RefreshWhilePending } from "./refresh-while-pending";

/**
 * "Meine Daten herunterladen": ask for a copy (the worker builds it and notifies the person), then
 * download it from the list (7 days, only the owner). While one is being built the list says so.
 */
export async function DataExportSection({ userId }: { userId: string }) {
  const [t, format, settings, exports] = await Promise.all([getTranslations("privacy.settings"), getFormatter(), getDistrictSettings(), listOwnExports(userId)]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  const size = (bytes: number) => `${format.number(Math.max(bytes / 1024, 0.1), { maximumFractionDigits: 1 })} kB`;
  return (
    <section aria-labelledby="meine-daten" className="flex scroll-mt-4 flex-col gap-4">
      <h2 id="meine-daten">{t("exportTitle")}</h2>
      <p>{t("exportIntro", { platform: settings.platformName, days: RETENTION.exportDays })}</p>
      <DataExportButton />
      {exports.length > 0 ? (
        <div className="flex flex-col gap-2">
          <h3 className="font-semibold">{t("exportListTitle")}</h3>
          <ul className="flex flex-col gap-2">
            {exports.map((item) =>
              item.ready ? (
                <li key={item.id} className="flex flex-col gap-1">
                  <a href={exportDownloadPath(item.id)} download className="font-medium text-blue-800 underline">
                    {t("exportDownload", { created: date(item.createdAt) })}
                  </a>
                  <span className="text-sm text-slate-700">{t("exportEntry", { created: date(item.createdAt), expires: date(item.expiresAt), size: size(item.bytes) })}</span>
                </li>
              ) : (
                <li key={item.id}>{t("exportPending", { created: date(item.createdAt) })}</li>
              ),
            )}
          </ul>
        </div>
      ) : null}
      {exports.some((item) => !item.ready) && <RefreshWhilePending />}
    </section>
  );
}
