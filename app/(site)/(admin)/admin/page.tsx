import type { Metadata } from "next";
import { FilterForm } from "@/components/forms/filter-form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { UserName } from "@/components/user-name";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { effectiveStatus } from "@/lib/policy";
import { searchUsers } from "@/lib/users/queries";
import { userSearchSchema } from "@/lib/users/schemas";
import { getAccountLabels } from "./account-labels";
import { AdminNav } from "./admin-nav";
import { PaginationLinks } from "./pagination-links";
import { firstParam, hrefWith, type SearchParams } from "@/lib/http/search-params";
import { DataTable } from "@/components/ui/data-table";
import { ADMIN_PATH, adminUserPath } from "@/lib/users/paths";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageAccess("admin.users.read");

  const params = await searchParams;
  const rawQ = firstParam(params.q) ?? "";
  const parsedQ = userSearchSchema.shape.q.safeParse(rawQ);
  const parsedAfter = userSearchSchema.shape.after.safeParse(firstParam(params.after));
  const q = parsedQ.success ? parsedQ.data : "";
  const after = parsedAfter.success ? parsedAfter.data : undefined;

  const [t, tRoles, tVerification, labels, page] = await Promise.all([
    getTranslations("admin.users"),
    getTranslations("common.roles"),
    getTranslations("common.verification"),
    getAccountLabels(),
    parsedQ.success ? searchUsers({ q, after }) : { items: [], nextCursor: null },
  ]);

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-4">
        <h1>{t("title")}</h1>
        <AdminNav current="users" />
        <p>{t("intro")}</p>
        <p>
          <Link href="/admin/protokoll">{t("toAuditLog")}</Link>
        </p>
      </div>

      {/* Keyed by the search, so the box shows the current term after "clear search" too. */}
      <FilterForm key={q} action={ADMIN_PATH} role="search" aria-label={t("searchLandmark")} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex-1">
          <TextField
            label={t("searchLabel")}
            description={t("searchHint")}
            type="search"
            name="q"
            defaultValue={rawQ}
            maxLength={100}
            error={parsedQ.success ? undefined : "tooLong"}
          />
        </div>
        <div>
          <Button type="submit">{t("searchSubmit")}</Button>
        </div>
      </FilterForm>

      {/* An invalid search shows only the error next to the field, not a misleading empty list. */}
      {parsedQ.success && (
        <section aria-labelledby="results" className="flex flex-col gap-4">
          <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
            <h2 id="results">{q ? t("resultsFor", { q }) : t("allAccounts")}</h2>
            {q && <Link href={ADMIN_PATH}>{t("resetSearch")}</Link>}
          </div>
          {page.items.length === 0 ? (
            <p>{q ? t("emptyFor", { q }) : t("empty")}</p>
          ) : (
            <DataTable labelledBy="results" columns={[t("columns.name"), t("columns.username"), t("columns.email"), t("columns.role"), t("columns.verification"), t("columns.status")]}>
                  {page.items.map((user) => (
                    <tr key={user.id} className="border-t border-slate-200 align-top">
                      <td className="px-3 py-2">
                        <UserName
                          name={labels.name(user)}
                          href={adminUserPath(user.id)}
                          verification={user.verification}
                          role={user.role}
                          note={user.id === actor.id && <span className="text-slate-700">{labels.you}</span>}
                        />
                      </td>
                      <td className="px-3 py-2">{user.username ?? "–"}</td>
                      <td className="px-3 py-2 break-all">{user.email}</td>
                      <td className="px-3 py-2">{tRoles(user.role)}</td>
                      <td className="px-3 py-2">{tVerification(user.verification)}</td>
                      <td className={`px-3 py-2 ${effectiveStatus(user) === "active" ? "" : "font-medium text-red-900"}`}>{labels.status(user)}</td>
                    </tr>
                  ))}
            </DataTable>
          )}
          <PaginationLinks
            label={t("pagination")}
            nextHref={page.nextCursor ? hrefWith(ADMIN_PATH, { q, after: page.nextCursor }) : null}
            firstHref={after ? hrefWith(ADMIN_PATH, { q }) : null}
          />
        </section>
      )}
    </div>
  );
}
