import type { Metadata } from "next";
import { FilterForm } from "@/components/forms/filter-form";
import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { DepartmentAnswers } from "@/components/transparency/department-answers";
import { DataTable } from "@/components/ui/data-table";
import { SelectField } from "@/components/ui/field";
import { decisionKinds, reportReasons } from "@/db/schema/moderation";
import { getAnswerDays } from "@/lib/concerns/queries";
import { listDepartmentFigures, monthSpan } from "@/lib/concerns/transparency";
import { DEPARTMENT_FIGURES_CSV_PATH, TRANSPARENCY_PATH } from "@/lib/moderation/paths";
import {
  currentMonth,
  formatMonthKey,
  getTransparencyMonth,
  listTransparencyMonths,
  parseMonthKey,
  type MonthKey,
} from "@/lib/moderation/transparency";
import { firstParam, type SearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("transparency"))("title") };
}


/** Above this many hours the median is given in days. */
const HOURS_UNTIL_DAYS = 48;

const rowHeader = "px-3 py-2 text-left font-normal";
const cell = "px-3 py-2 text-right tabular-nums";

/**
 * The public transparency report (DESIGN §5.6): per month, the reports received by reason, the
 * decisions by kind, the appeals, and the median time to a decision. Counts only, no one's data.
 */
export default async function TransparencyPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { monat } = await searchParams;
  const months = await listTransparencyMonths();
  const requested = parseMonthKey(firstParam(monat));
  // Only months the report covers; anything else shows the current one.
  const key: MonthKey = requested && months.some((m) => formatMonthKey(m) === formatMonthKey(requested)) ? requested : currentMonth();
  const answerDays = await getAnswerDays();
  const [report, departmentFigures, t, tReasons, tKinds, format] = await Promise.all([
    getTransparencyMonth(key),
    listDepartmentFigures({ span: monthSpan(key.year, key.month), answerDays }),
    getTranslations("transparency"),
    getTranslations("conduct.reasons"),
    getTranslations("conduct.kinds"),
    getFormatter(),
  ]);
  // Mid-month, so no time zone moves the label into the neighbouring month.
  const monthName = (m: MonthKey) => format.dateTime(new Date(Date.UTC(m.year, m.month - 1, 15, 12)), { month: "long", year: "numeric" });
  const count = (n: number) => format.number(n);

  let median: string;
  if (report.medianHoursToDecision === null) median = t("time.none");
  else if (report.medianHoursToDecision < 1) median = t("time.lessThanHour");
  else if (report.medianHoursToDecision > HOURS_UNTIL_DAYS) median = t("time.days", { value: round(report.medianHoursToDecision / 24) });
  else median = t("time.hours", { value: round(report.medianHoursToDecision) });

  return (
    <div className="flex max-w-3xl flex-col gap-8">
      <div className="flex flex-col gap-3">
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
      </div>

      <FilterForm action={TRANSPARENCY_PATH} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="sm:w-64">
          <SelectField label={t("month")} name="monat" defaultValue={formatMonthKey(key)} key={formatMonthKey(key)}>
            {months.map((m) => (
              <option key={formatMonthKey(m)} value={formatMonthKey(m)}>
                {monthName(m)}
              </option>
            ))}
          </SelectField>
        </div>
        <div>
          <Button type="submit">{t("show")}</Button>
        </div>
      </FilterForm>

      <DepartmentAnswers figures={departmentFigures} answerDays={answerDays} monthName={monthName(key)} csvHref={DEPARTMENT_FIGURES_CSV_PATH} />

      <section aria-labelledby="bericht" className="flex flex-col gap-6">
        <h2 id="bericht">{t("reportFor", { month: monthName(key) })}</h2>

        <div className="flex flex-col gap-2">
          <h3 id="meldungen" className="text-lg font-semibold">
            {t("reports.title")}
          </h3>
          <DataTable labelledBy="meldungen" columns={[t("reports.reason"), <span key="n" className="block text-right">{t("count")}</span>]}>
            {reportReasons.map((reason) => (
              <tr key={reason} className="border-t border-slate-200">
                <th scope="row" className={rowHeader}>
                  {tReasons(reason)}
                </th>
                <td className={cell}>{count(report.reportsByReason[reason])}</td>
              </tr>
            ))}
            <tr className="border-t-2 border-slate-400 font-semibold">
              <th scope="row" className={`${rowHeader} font-semibold`}>
                {t("total")}
              </th>
              <td className={cell}>{count(report.reportsTotal)}</td>
            </tr>
          </DataTable>
        </div>

        <div className="flex flex-col gap-2">
          <h3 id="entscheidungen" className="text-lg font-semibold">
            {t("decisions.title")}
          </h3>
          <DataTable labelledBy="entscheidungen" columns={[t("decisions.kind"), <span key="n" className="block text-right">{t("count")}</span>]}>
            {decisionKinds.map((kind) => (
              <tr key={kind} className="border-t border-slate-200">
                <th scope="row" className={rowHeader}>
                  {tKinds(kind)}
                </th>
                <td className={cell}>{count(report.decisionsByKind[kind])}</td>
              </tr>
            ))}
            <tr className="border-t-2 border-slate-400 font-semibold">
              <th scope="row" className={`${rowHeader} font-semibold`}>
                {t("total")}
              </th>
              <td className={cell}>{count(report.decisionsTotal)}</td>
            </tr>
          </DataTable>
        </div>

        <div className="flex flex-col gap-2">
          <h3 id="widersprueche" className="text-lg font-semibold">
            {t("appeals.title")}
          </h3>
          <DataTable labelledBy="widersprueche" columns={[t("appeals.what"), <span key="n" className="block text-right">{t("count")}</span>]}>
            {(
              [
                ["received", report.appealsReceived],
                ["upheld", report.appealsUpheld],
                ["reversed", report.appealsReversed],
              ] as const
            ).map(([what, n]) => (
              <tr key={what} className="border-t border-slate-200">
                <th scope="row" className={rowHeader}>
                  {t(`appeals.${what}`)}
                </th>
                <td className={cell}>{count(n)}</td>
              </tr>
            ))}
          </DataTable>
        </div>

        <div className="flex flex-col gap-2">
          <h3 id="bearbeitungszeit" className="text-lg font-semibold">
            {t("time.title")}
          </h3>
          <p className="text-2xl font-semibold">
            {median}
          </p>
          <p className="text-sm text-slate-800">{report.medianHoursToDecision === null ? t("time.noneExplanation") : t("time.explanation")}</p>
        </div>
      </section>

      <section aria-labelledby="was-gezaehlt-wird" className="flex flex-col gap-3">
        <h2 id="was-gezaehlt-wird">{t("method.title")}</h2>
        <ul className="flex list-disc flex-col gap-2 pl-6">
          <li>{t("method.reports")}</li>
          <li>{t("method.decisions")}</li>
          <li>{t("method.appeals")}</li>
          <li>{t("method.time")}</li>
        </ul>
        <p>{t("method.privacy")}</p>
      </section>
    </div>
  );
}

/** One decimal below ten, whole numbers above: "2,5 Stunden", "13 Tage". */
function round(value: number) {
  return value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
}
