import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { shareWithin, type DepartmentFigures } from "@/lib/concerns/transparency";

const rowHeader = "px-3 py-2 text-left font-normal";
const cell = "px-3 py-2 text-right tabular-nums";
const BAR_HEIGHT = 28;
const LABEL_WIDTH = 0.5;

/**
 * Per department: concerns and ideas received, the median days to a first answer, and the share
 * answered within the period — as a server-rendered bar chart (words on every bar, not colour) and
 * the same numbers in a table beside it. No JavaScript needed.
 */
export async function DepartmentAnswers({ figures, answerDays, monthName, csvHref }: { figures: DepartmentFigures[]; answerDays: number; monthName: string; csvHref: string }) {
  const [t, format] = await Promise.all([getTranslations("transparency.departments"), getFormatter()]);
  const name = (row: DepartmentFigures) => row.departmentName ?? t("unrouted");
  const share = (row: DepartmentFigures) => {
    const value = shareWithin(row);
    return value === null ? t("noneDecided") : t("share", { percent: value, within: row.answeredWithin, decided: row.decided });
  };
  const median = (row: DepartmentFigures) => (row.medianDays === null ? t("noAnswerYet") : t("days", { value: format.number(row.medianDays) }));
  const charted = figures.filter((row) => row.decided > 0);
  const height = charted.length * (BAR_HEIGHT + 12) + 8;
  return (
    <section aria-labelledby="fachbereiche" className="flex flex-col gap-4">
      <h2 id="fachbereiche">{t("title", { month: monthName })}</h2>
      <p>{t("intro", { days: answerDays })}</p>
      {figures.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          {charted.length > 0 && (
            <figure className="flex flex-col gap-2">
              <figcaption id="fachbereiche-diagramm" className="font-semibold">
                {t("chartTitle", { days: answerDays })}
              </figcaption>
              <svg role="img" aria-labelledby="fachbereiche-diagramm fachbereiche-diagramm-text" viewBox={`0 0 600 ${height}`} className="w-full max-w-2xl" style={{ height: "auto" }}>
                <desc id="fachbereiche-diagramm-text">{charted.map((row) => `${name(row)}: ${share(row)}`).join("; ")}</desc>
                {charted.map((row, i) => {
                  const y = 4 + i * (BAR_HEIGHT + 12);
                  const width = ((shareWithin(row) ?? 0) / 100) * 600 * (1 - LABEL_WIDTH);
                  return (
                    <g key={`${row.departmentId}`}>
                      <text x={0} y={y + BAR_HEIGHT / 2 + 5} fontSize={14} fill="#0f172a">
                        {name(row).length > 34 ? `${name(row).slice(0, 33)}…` : name(row)}
                      </text>
                      <rect x={600 * LABEL_WIDTH} y={y} width={600 * (1 - LABEL_WIDTH)} height={BAR_HEIGHT} fill="#f1f5f9" stroke="#64748b" />
                      <rect x={600 * LABEL_WIDTH} y={y} width={width} height={BAR_HEIGHT} fill="#1e40af" />
                      <text x={600 * LABEL_WIDTH + Math.max(width, 0) + 6} y={y + BAR_HEIGHT / 2 + 5} fontSize={14} fill="#0f172a" textAnchor={width > 200 ? "end" : "start"} dx={width > 200 ? -12 : 0} style={width > 200 ? { fill: "#ffffff" } : undefined}>
                        {`${shareWithin(row)} %`}
                      </text>
                    </g>
                  );
                })}
              </svg>
            </figure>
          )}
          <h3 id="fachbereiche-tabelle" className="text-lg font-semibold">
            {t("tableTitle", { month: monthName })}
          </h3>
          <DataTable
            labelledBy="fachbereiche-tabelle"
            columns={[t("department"), t("concerns"), t("ideas"), t("median"), t("within", { days: answerDays })].map((label, i) => (
              <span key={i} className={i === 0 ? undefined : "block text-right"}>
                {label}
              </span>
            ))}
          >
            {figures.map((row) => (
              <tr key={`${row.departmentId}`} className="border-t border-slate-200">
                <th scope="row" className={rowHeader}>
                  {name(row)}
                </th>
                <td className={cell}>{format.number(row.concerns)}</td>
                <td className={cell}>{format.number(row.ideas)}</td>
                <td className={cell}>{median(row)}</td>
                <td className={cell}>{share(row)}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
      <p>
        <a href={csvHref} download className="inline-flex min-h-11 items-center">
          {t("csv")}
        </a>
      </p>
    </section>
  );
}
