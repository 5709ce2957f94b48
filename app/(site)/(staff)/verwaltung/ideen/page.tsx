import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/forms/filter-form";
import { IdeaList } from "@/components/ideas/idea-list";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField } from "@/components/ui/field";
import { PaginationLinks } from "@/components/ui/pagination-links";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { loadStaffFacts } from "@/lib/concerns/queries";
import { firstParam, hrefWith, type SearchParams } from "@/lib/http/search-params";
import { IDEA_INBOX_PATH } from "@/lib/ideas/paths";
import { getIdeaSettings, listIdeaInbox } from "@/lib/ideas/queries";
import { IDEA_STATUSES, isIdeaStatus } from "@/lib/ideas/status";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ideas.inbox"))("title") };
}

/** The department's ideas for its staff: those past the threshold show the answer clock, overdue ones in words. */
export default async function IdeaInboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageAccess("idea.inbox");
  const params = await searchParams;
  const [t, tStatus, staff, settings] = await Promise.all([getTranslations("ideas.inbox"), getTranslations("ideas.status"), loadStaffFacts(user.id), getIdeaSettings()]);
  const statusParam = firstParam(params.status);
  const status = isIdeaStatus(statusParam) ? statusParam : undefined;
  const overdue = firstParam(params.ueberfaellig) === "1";
  const after = firstParam(params.after) ?? null;
  const current = { status, ueberfaellig: overdue ? "1" : undefined };
  const page = staff ? await listIdeaInbox({ staff, status, overdue, answerDays: settings.answerDays, cursor: after }) : { items: [], nextCursor: null };

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3">
        <h1>{t("title")}</h1>
        <p>{staff?.handlesAll ? t("introAll") : staff?.departmentId ? t("introDepartment") : t("noDepartment")}</p>
        <p>{t("thresholdIntro", { threshold: settings.supportThreshold, days: settings.answerDays })}</p>
      </div>
      <section aria-labelledby="idea-inbox-filter" className="flex flex-col gap-3">
        <h2 id="idea-inbox-filter">{t("filterTitle")}</h2>
        <FilterForm key={JSON.stringify(current)} action={IDEA_INBOX_PATH} className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          <SelectField label={t("status")} name="status" defaultValue={status ?? ""}>
            <option value="">{t("allStatuses")}</option>
            {IDEA_STATUSES.map((s) => (
              <option key={s} value={s}>
                {tStatus(s)}
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
      <section aria-labelledby="idea-inbox-results" className="flex flex-col gap-4">
        <h2 id="idea-inbox-results">{t("resultsTitle")}</h2>
        <IdeaList items={page.items} answerDays={settings.answerDays} empty={<p>{t("empty")}</p>} />
        <PaginationLinks
          label={t("pagination")}
          nextHref={page.nextCursor ? hrefWith(IDEA_INBOX_PATH, { ...current, after: page.nextCursor }) : null}
          nextLabel={t("next")}
          firstHref={after ? hrefWith(IDEA_INBOX_PATH, current) : null}
          firstLabel={t("first")}
        />
      </section>
    </div>
  );
}
