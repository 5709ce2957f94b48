import { FilterForm } from "@/components/forms/filter-form";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { firstParam, hrefWith, type SearchParams } from "@/lib/http/search-params";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { SelectField, TextField } from "@/components/ui/field";
import { PaginationLinks } from "@/components/ui/pagination-links";
import { UserName } from "@/components/user-name";
import { AUDIT_ACTIONS, listAuditEntries } from "@/lib/audit/queries";
import { userSearchSchema } from "@/lib/users/schemas";
import { getAuditLabels, isAuditAction } from "./audit-labels";

const DATE_TIME = { dateStyle: "medium", timeStyle: "short" } as const;

/**
 * The searchable, filterable audit log, read-only (no entry can be changed or removed through the app).
 * One view for the admins' and the moderators' page; the caller guards it with "auditLog.read" and
 * says where it lives, which navigation to show, and where names and targets may link.
 */
export async function AuditLogView({
  basePath,
  searchParams,
  nav,
  accountHref,
  targetHref,
}: {
  basePath: string;
  searchParams: SearchParams;
  nav: ReactNode;
  /** Where an affected account's name links to, if the reader may open it there. */
  accountHref?: (userId: string) => string;
  /** Where a target that is not an account links to, if anywhere. */
  targetHref?: (entry: { action: string; targetType: string; targetId: string }) => string | null;
}) {
  const rawAction = firstParam(searchParams.action);
  const action = isAuditAction(rawAction) ? rawAction : undefined;
  // The same limits as the account search.
  const rawQ = firstParam(searchParams.q) ?? "";
  const parsedQ = userSearchSchema.shape.q.safeParse(rawQ);
  const parsedAfter = userSearchSchema.shape.after.safeParse(firstParam(searchParams.after));
  const q = parsedQ.success ? parsedQ.data : "";
  const after = parsedAfter.success ? parsedAfter.data : undefined;

  const [t, tPagination, format, audit, page] = await Promise.all([
    getTranslations("admin.audit"),
    getTranslations("common.pagination"),
    getFormatter(),
    getAuditLabels(),
    parsedQ.success ? listAuditEntries({ action, q, after }) : { items: [], nextCursor: null },
  ]);
  const filtered = Boolean(action || q);

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-4">
        <h1>{t("title")}</h1>
        {nav}
        <p>{t("intro")}</p>
      </div>

      <section aria-labelledby="filter" className="flex flex-col gap-3">
        <h2 id="filter">{t("filterTitle")}</h2>
        {/* Keyed by the filter, so the fields show the current one after "clear filters" too. */}
        <FilterForm key={`${action ?? ""}|${q}`} action={basePath} className="flex flex-col gap-4 sm:flex-row sm:items-end">
          <div className="sm:w-64">
            <SelectField label={t("action")} name="action" defaultValue={action ?? ""}>
              <option value="">{t("allActions")}</option>
              {AUDIT_ACTIONS.map((value) => (
                <option key={value} value={value}>
                  {audit.action(value)}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="flex-1">
            <TextField
              label={t("name")}
              description={t("nameHint")}
              type="search"
              name="q"
              defaultValue={rawQ}
              maxLength={100}
              error={parsedQ.success ? undefined : "tooLong"}
            />
          </div>
          <div className="flex flex-wrap items-center gap-4">
            <Button type="submit">{t("submit")}</Button>
          </div>
        </FilterForm>
        {filtered && (
          <p>
            <Link href={basePath}>{t("reset")}</Link>
          </p>
        )}
      </section>

      {/* An invalid search shows only the error next to the field, not a misleading empty list. */}
      {parsedQ.success && (
        <section aria-labelledby="entries" className="flex flex-col gap-4">
          <h2 id="entries">{t("resultsTitle")}</h2>
          {page.items.length === 0 ? (
            <p>{t("empty")}</p>
          ) : (
            <DataTable labelledBy="entries" columns={[t("columns.time"), t("columns.actor"), t("columns.action"), t("columns.target"), t("columns.reason"), t("columns.details")]}>
              {page.items.map((entry) => {
                const targetLabel = audit.target(entry.targetType, entry.targetId) ?? [entry.targetType, entry.targetId].filter(Boolean).join(" ");
                const targetLink = entry.targetId ? targetHref?.({ action: entry.action, targetType: entry.targetType, targetId: entry.targetId }) : null;
                return (
                  <tr key={entry.id} className="border-t border-slate-200 align-top">
                    <td className="px-3 py-2 whitespace-nowrap">
                      <time dateTime={entry.createdAt.toISOString()}>{format.dateTime(entry.createdAt, DATE_TIME)}</time>
                    </td>
                    <td className="px-3 py-2">
                      {entry.actorName ? <UserName name={entry.actorName} verification={entry.actorVerification} role={entry.actorRole} /> : t("unknownActor")}
                    </td>
                    <td className="px-3 py-2">{audit.action(entry.action)}</td>
                    <td className="px-3 py-2">
                      {entry.targetType === "user" && entry.targetId ? (
                        <UserName
                          name={entry.targetName ?? t("unnamedAccount")}
                          href={targetLink ?? accountHref?.(entry.targetId)}
                          verification={entry.targetVerification}
                          role={entry.targetRole}
                        />
                      ) : targetLink ? (
                        <Link href={targetLink}>{targetLabel}</Link>
                      ) : (
                        targetLabel
                      )}
                    </td>
                    <td className="px-3 py-2 whitespace-pre-wrap [overflow-wrap:anywhere]">{entry.reason ?? "–"}</td>
                    <td className="px-3 py-2">{audit.details(entry.action, entry.details) ?? "–"}</td>
                  </tr>
                );
              })}
            </DataTable>
          )}
          <PaginationLinks
            label={t("pagination")}
            nextHref={page.nextCursor ? hrefWith(basePath, { action, q, after: page.nextCursor }) : null}
            nextLabel={tPagination("next")}
            firstHref={after ? hrefWith(basePath, { action, q }) : null}
            firstLabel={tPagination("first")}
          />
        </section>
      )}
    </div>
  );
}
