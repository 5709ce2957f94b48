import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/forms/filter-form";
import { ConcernList } from "@/components/concerns/concern-list";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField } from "@/components/ui/field";
import { PaginationLinks } from "@/components/ui/pagination-links";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { CONCERN_INBOX_PATH, CONCERN_TEMPLATES_PATH, concernInboxItemPath } from "@/lib/concerns/paths";
import { getAnswerDays, listCategories, listInbox, loadStaffFacts, type InboxFilters } from "@/lib/concerns/queries";
import { CONCERN_STATUSES, type ConcernStatus } from "@/lib/concerns/status";
import { listLocalities } from "@/lib/district/queries";
import { firstParam, hrefWith, type SearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("concerns.inbox"))("title") };
}

const AGES = ["7", "14", "21", "42"] as const;

/** The department's concerns for its staff: filters in the address, overdue ones marked in words. */
export default async function ConcernInboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageAccess("concern.inbox");
  const params = await searchParams;
  const [t, tStatus, staff, localities, categories, answerDays] = await Promise.all([
    getTranslations("concerns.inbox"),
    getTranslations("concerns.status"),
    loadStaffFacts(user.id),
    listLocalities(),
    listCategories(),
    getAnswerDays(),
  ]);
  const status = CONCERN_STATUSES.find((s) => s === firstParam(params.status)) as ConcernStatus | undefined;
  const locality = localities.find((l) => l.slug === firstParam(params.ortsteil));
  const category = categories.find((c) => String(c.id) === firstParam(params.kategorie));
  const age = AGES.find((a) => a === firstParam(params.alter));
  const overdue = firstParam(params.ueberfaellig) === "1";
  const after = firstParam(params.after) ?? null;
  const filters: InboxFilters = { status, localityId: locality?.id, categoryId: category?.id, olderThanDays: age ? Number(age) : undefined, overdue };
  const current = { status, ortsteil: locality?.slug, kategorie: category ? String(category.id) : undefined, alter: age, ueberfaellig: overdue ? "1" : undefined };
  const page = staff ? await listInbox({ staff, filters, answerDays, cursor: after }) : { items: [], nextCursor: null };

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3">
        <h1>{t("title")}</h1>
        <p>{staff?.handlesAll ? t("introAll") : staff?.departmentId ? t("introDepartment") : t("noDepartment")}</p>
        {staff?.departmentId && (
          <p>
            <Link href={CONCERN_TEMPLATES_PATH}>{t("templatesLink")}</Link>
          </p>
        )}
      </div>
      <section aria-labelledby="inbox-filter" className="flex flex-col gap-3">
        <h2 id="inbox-filter">{t("filterTitle")}</h2>
        <FilterForm key={JSON.stringify(current)} action={CONCERN_INBOX_PATH} className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <SelectField label={t("status")} name="status" defaultValue={status ?? ""}>
            <option value="">{t("allStatuses")}</option>
            {CONCERN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {tStatus(s)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("locality")} name="ortsteil" defaultValue={locality?.slug ?? ""}>
            <option value="">{t("allLocalities")}</option>
            {localities.map((l) => (
              <option key={l.id} value={l.slug}>
                {l.name}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("category")} name="kategorie" defaultValue={category ? String(category.id) : ""}>
            <option value="">{t("allCategories")}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("age")} name="alter" defaultValue={age ?? ""}>
            <option value="">{t("anyAge")}</option>
            {AGES.map((a) => (
              <option key={a} value={a}>
                {t("olderThan", { count: Number(a) })}
              </option>
            ))}
          </SelectField>
          <CheckboxField label={t("overdueOnly")} name="ueberfaellig" value="1" defaultChecked={overdue} />
          <div className="self-end">
            <Button type="submit" className="min-h-11">
              {t("apply")}
            </Button>
          </div>
        </FilterForm>
      </section>
      <section aria-labelledby="inbox-results" className="flex flex-col gap-4">
        <h2 id="inbox-results">{t("resultsTitle")}</h2>
        <ConcernList items={page.items} answerDays={answerDays} href={concernInboxItemPath} showClaim empty={<p>{t("empty")}</p>} />
        <PaginationLinks
          label={t("pagination")}
          nextHref={page.nextCursor ? hrefWith(CONCERN_INBOX_PATH, { ...current, after: page.nextCursor }) : null}
          nextLabel={t("next")}
          firstHref={after ? hrefWith(CONCERN_INBOX_PATH, current) : null}
          firstLabel={t("first")}
        />
      </section>
    </div>
  );
}
