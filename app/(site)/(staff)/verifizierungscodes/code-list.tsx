import { FilterForm } from "@/components/forms/filter-form";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { UserName } from "@/components/user-name";
import { codeReference } from "@/lib/verification/codes";
import { listVerificationCodes, type CodeListItem } from "@/lib/verification/queries";
import { CODE_STATUSES, codeListSchema } from "@/lib/verification/schemas";
import { PaginationLinks } from "../../(admin)/admin/pagination-links";
import { firstParam, hrefWith, type SearchParams } from "@/lib/http/search-params";
import { RevocationOutcome } from "./revocation-outcome";
import { RevokeCodeCell } from "./revoke-code-cell";
import { DataTable } from "@/components/ui/data-table";

const PATH = "/verifizierungscodes";
const DATE_TIME = { dateStyle: "medium", timeStyle: "short" } as const;

/** The issued codes with their state, filterable by state and letter run, keyset-paginated. */
export async function CodeList({ searchParams }: { searchParams: SearchParams }) {
  // Each parameter on its own: a broken one is dropped, the others still apply.
  const { shape } = codeListSchema;
  const status = shape.status.safeParse(firstParam(searchParams.status)).data;
  const batch = shape.batch.safeParse(firstParam(searchParams.batch)).data;
  const after = shape.after.safeParse(firstParam(searchParams.after)).data;

  const [t, format, page] = await Promise.all([
    getTranslations("verification.codes.list"),
    getFormatter(),
    listVerificationCodes({ status, batch, after }),
  ]);
  const dateTime = (date: Date) => format.dateTime(date, DATE_TIME);
  const batchReference = batch && codeReference(batch);

  const statusText = (code: CodeListItem) => {
    const label = t(`statuses.${code.status}`);
    const at = code.status === "used" ? code.usedAt : code.status === "revoked" ? code.revokedAt : null;
    return at ? `${label} ${t("statusOn", { date: dateTime(at) })}` : label;
  };

  return (
    <section aria-labelledby="issued-codes" data-print-hide className="flex flex-col gap-4">
      <h2 id="issued-codes">{t("title")}</h2>
      <p>{t("intro")}</p>

      {/* Keyed by the filter, so the field shows the current one after "clear filters" too. */}
      <FilterForm key={`${status ?? ""}|${batch ?? ""}`} action={PATH} aria-label={t("filterLabel")} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        {batch && <input type="hidden" name="batch" value={batch} />}
        <div className="sm:w-64">
          <SelectField label={t("status")} name="status" defaultValue={status ?? ""}>
            <option value="">{t("allStatuses")}</option>
            {CODE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`statuses.${value}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <div>
          <Button type="submit">{t("submit")}</Button>
        </div>
      </FilterForm>
      {(status || batch) && (
        <p className="flex flex-wrap gap-x-4">
          {batchReference && <span>{t("batchFilter", { reference: batchReference })}</span>}
          <Link href={PATH}>{t("reset")}</Link>
        </p>
      )}

      <RevocationOutcome>
        {page.items.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          // Focusable, so keyboard users can scroll the table sideways on narrow screens.
          <DataTable labelledBy="issued-codes" columns={[t("columns.reference"), t("columns.status"), t("columns.issued"), t("columns.expires"), t("columns.note"), t("columns.batch"), t("columns.actions")]}>
                {page.items.map((code) => (
                  <tr key={code.id} className="border-t border-slate-200 align-top">
                    <th scope="row" className="px-3 py-2 font-mono font-semibold whitespace-nowrap">
                      {code.reference}
                    </th>
                    <td className={`px-3 py-2 ${code.status === "open" ? "font-semibold text-green-900" : ""}`}>{statusText(code)}</td>
                    <td className="px-3 py-2">
                      <time dateTime={code.createdAt.toISOString()} className="whitespace-nowrap">
                        {dateTime(code.createdAt)}
                      </time>
                      <br />
                      {code.issuedByName ? (
                        <UserName
                          name={t("issuedBy", { name: code.issuedByName })}
                          verification={code.issuedByVerification}
                          role={code.issuedByRole}
                        />
                      ) : (
                        t("unknownIssuer")
                      )}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      <time dateTime={code.expiresAt.toISOString()}>{format.dateTime(code.expiresAt, { dateStyle: "medium" })}</time>
                    </td>
                    <td className="px-3 py-2">{code.note ?? "–"}</td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {code.batchId && code.batchReference ? (
                        <Link href={hrefWith(PATH, { batch: code.batchId })} aria-label={t("batchLinkLabel", { reference: code.batchReference })}>
                          {t("batchLink", { reference: code.batchReference })}
                        </Link>
                      ) : (
                        t("counter")
                      )}
                    </td>
                    <td className="px-3 py-2">{code.status === "open" ? <RevokeCodeCell codeId={code.id} reference={code.reference} /> : "–"}</td>
                  </tr>
                ))}
          </DataTable>
        )}
      </RevocationOutcome>
      <PaginationLinks
        label={t("pagination")}
        nextHref={page.nextCursor ? hrefWith(PATH, { status, batch, after: page.nextCursor }) : null}
        firstHref={after ? hrefWith(PATH, { status, batch }) : null}
      />
    </section>
  );
}
