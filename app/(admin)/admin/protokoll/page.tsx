import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { UserName } from "@/components/user-name";
import { AUDIT_ACTIONS, listAuditEntries } from "@/lib/audit/queries";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { userSearchSchema } from "@/lib/users/schemas";
import { getAccountLabels } from "../account-labels";
import { AdminNav } from "../admin-nav";
import { getAuditLabels, isAuditAction } from "../audit-labels";
import { PaginationLinks } from "../pagination-links";
import { firstParam, hrefWith, type SearchParams } from "../search-params";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.audit"))("title") };
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageAccess("auditLog.read");

  const params = await searchParams;
  const rawAction = firstParam(params.action);
  const action = isAuditAction(rawAction) ? rawAction : undefined;
  // The same limits as the account search.
  const rawQ = firstParam(params.q) ?? "";
  const parsedQ = userSearchSchema.shape.q.safeParse(rawQ);
  const parsedAfter = userSearchSchema.shape.after.safeParse(firstParam(params.after));
  const q = parsedQ.success ? parsedQ.data : "";
  const after = parsedAfter.success ? parsedAfter.data : undefined;

  const [t, labels, audit, page] = await Promise.all([
    getTranslations("admin.audit"),
    getAccountLabels(),
    getAuditLabels(),
    parsedQ.success ? listAuditEntries({ action, q, after }) : { items: [], nextCursor: null },
  ]);
  const filtered = Boolean(action || q);

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-4">
        <h1>{t("title")}</h1>
        <AdminNav current="auditLog" />
        <p>{t("intro")}</p>
      </div>

      <section aria-labelledby="filter" className="flex flex-col gap-3">
        <h2 id="filter">{t("filterTitle")}</h2>
        {/* Keyed by the filter, so the fields show the current one after "clear filters" too. */}
        <Form key={`${action ?? ""}|${q}`} action="/admin/protokoll" className="flex flex-col gap-4 sm:flex-row sm:items-end">
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
        </Form>
        {filtered && (
          <p>
            <Link href="/admin/protokoll">{t("reset")}</Link>
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
                  {page.items.map((entry) => (
                    <tr key={entry.id} className="border-t border-slate-200 align-top">
                      <td className="px-3 py-2 whitespace-nowrap">
                        <time dateTime={entry.createdAt.toISOString()}>{labels.dateTime(entry.createdAt)}</time>
                      </td>
                      <td className="px-3 py-2">
                        {entry.actorName ? (
                          <UserName name={entry.actorName} verification={entry.actorVerification} role={entry.actorRole} />
                        ) : (
                          t("unknownActor")
                        )}
                      </td>
                      <td className="px-3 py-2">{audit.action(entry.action)}</td>
                      <td className="px-3 py-2">
                        {entry.targetType === "user" && entry.targetId ? (
                          <UserName
                            name={entry.targetName ?? t("unnamedAccount")}
                            href={`/admin/nutzer/${entry.targetId}`}
                            verification={entry.targetVerification}
                            role={entry.targetRole}
                          />
                        ) : (
                          (audit.target(entry.targetType, entry.targetId) ?? [entry.targetType, entry.targetId].filter(Boolean).join(" "))
                        )}
                      </td>
                      <td className="px-3 py-2">{entry.reason ?? "–"}</td>
                      <td className="px-3 py-2">{audit.details(entry.action, entry.details) ?? "–"}</td>
                    </tr>
                  ))}
            </DataTable>
          )}
          <PaginationLinks
            label={t("pagination")}
            nextHref={page.nextCursor ? hrefWith("/admin/protokoll", { action, q, after: page.nextCursor }) : null}
            firstHref={after ? hrefWith("/admin/protokoll", { action, q }) : null}
          />
        </section>
      )}
    </div>
  );
}
