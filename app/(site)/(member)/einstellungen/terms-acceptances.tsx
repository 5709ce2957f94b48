import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { listOwnTermsAcceptances } from "@/lib/terms/queries";

/** Which versions of the terms the member accepted, and when: their own record, shown to them. */
export async function TermsAcceptances({ userId, currentVersion }: { userId: string; currentVersion: number }) {
  const [t, format, acceptances] = await Promise.all([getTranslations("district.acceptances"), getFormatter(), listOwnTermsAcceptances(userId)]);
  return (
    <section aria-labelledby="terms-acceptances" className="flex flex-col gap-4">
      <h2 id="terms-acceptances">{t("title")}</h2>
      {acceptances.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <p>{t("intro")}</p>
          <table aria-labelledby="terms-acceptances" className="w-full border-collapse text-left">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("version")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("acceptedAt")}
                </th>
              </tr>
            </thead>
            <tbody>
              {acceptances.map((acceptance) => (
                <tr key={acceptance.version} className="border-t border-slate-200">
                  <td className="px-3 py-2">
                    {acceptance.version}
                    {acceptance.version === currentVersion && <span className="text-slate-700"> {t("current")}</span>}
                  </td>
                  <td className="px-3 py-2">
                    <time dateTime={acceptance.acceptedAt.toISOString()}>
                      {format.dateTime(acceptance.acceptedAt, { dateStyle: "medium", timeStyle: "short" })}
                    </time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p>
        <Link href="/nutzungsbedingungen">{t("read")}</Link>
      </p>
    </section>
  );
}
