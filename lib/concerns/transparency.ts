import "server-only";
import { asc, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { departments } from "@/db/schema";
import { DISTRICT_TIME_ZONE } from "@/lib/time/zone";

/**
 * How fast each department answers (issue "accountability in public"): per department and month on
 * the district's calendar, the concerns and ideas received, the median days to the first public
 * answer and the share answered within the district's answer period. Counts only, of every concern
 * (private ones too — a number says nothing about any one of them); no one's data.
 *
 * Days are calendar days in Europe/Berlin, as on every concern's own clock (lib/concerns/clock.ts).
 * The share counts a concern once it is decided: answered (within the period or not), or still open
 * after its period. Concerns still open within their period are not counted yet.
 */
export interface DepartmentFigures {
  departmentId: number | null;
  departmentName: string | null;
  /** "2026-11" */
  month: string;
  concerns: number;
  ideas: number;
  /** Null when no concern of the month has an answer yet. */
  medianDays: number | null;
  answeredWithin: number;
  /** Answered, or open past the period: the denominator of the share. */
  decided: number;
}

const berlinDay = (column: SQL) => sql`(${column} at time zone ${DISTRICT_TIME_ZONE})::date`;
const monthOf = (column: SQL) => sql<string>`to_char(${column} at time zone ${DISTRICT_TIME_ZONE}, 'YYYY-MM')`;

/** [start, end) as instants: the first midnight in the district of the first month, and of the month after the last. */
export interface MonthSpan {
  from: string;
  /** Exclusive: the first day after the span, "YYYY-MM-01". */
  until: string;
}

/** One month ("2026-11") as a span. */
export function monthSpan(year: number, month: number): MonthSpan {
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  const day = (y: number, m: number) => `${y}-${String(m).padStart(2, "0")}-01`;
  return { from: day(year, month), until: day(next.year, next.month) };
}

const instant = (day: string) => sql`(${day}::timestamp at time zone ${DISTRICT_TIME_ZONE})`;

/**
 * The figures of every department with anything in the span, by department and month: three
 * aggregate queries (concerns, ideas, department names), whatever the number of departments.
 */
export async function listDepartmentFigures({ span, answerDays, now = new Date() }: { span: MonthSpan; answerDays: number; now?: Date }): Promise<DepartmentFigures[]> {
  const db = getDb();
  const days = sql`(${berlinDay(sql`first_answered_at`)} - ${berlinDay(sql`created_at`)})`;
  const openFor = sql`(${berlinDay(sql`${now.toISOString()}::timestamptz`)} - ${berlinDay(sql`created_at`)})`;
  const range = sql`created_at >= ${instant(span.from)} and created_at < ${instant(span.until)}`;
  const [concernRows, ideaRows, names] = await Promise.all([
    db.execute<{ department_id: number | null; month: string; received: number; median_days: number | null; within: number; decided: number }>(sql`
      select department_id, ${monthOf(sql`created_at`)} as month, count(*)::int as received,
        percentile_cont(0.5) within group (order by ${days}) filter (where first_answered_at is not null) as median_days,
        (count(*) filter (where first_answered_at is not null and ${days} <= ${answerDays}))::int as within,
        (count(*) filter (where first_answered_at is not null or ${openFor} > ${answerDays}))::int as decided
      from concerns where ${range}
      group by 1, 2`),
    db.execute<{ department_id: number | null; month: string; received: number }>(sql`
      select department_id, ${monthOf(sql`created_at`)} as month, count(*)::int as received
      from ideas where ${range}
      group by 1, 2`),
    db.select({ id: departments.id, name: departments.name }).from(departments).orderBy(asc(departments.name)),
  ]);
  const nameOf = new Map(names.map((d) => [d.id, d.name]));
  const figures = new Map<string, DepartmentFigures>();
  const entry = (departmentId: number | null, month: string) => {
    const key = `${departmentId ?? ""}|${month}`;
    let row = figures.get(key);
    if (!row) {
      row = { departmentId, departmentName: departmentId === null ? null : (nameOf.get(departmentId) ?? null), month, concerns: 0, ideas: 0, medianDays: null, answeredWithin: 0, decided: 0 };
      figures.set(key, row);
    }
    return row;
  };
  for (const row of concernRows) {
    Object.assign(entry(row.department_id, row.month), {
      concerns: Number(row.received),
      medianDays: row.median_days === null ? null : Math.round(Number(row.median_days) * 10) / 10,
      answeredWithin: Number(row.within),
      decided: Number(row.decided),
    });
  }
  for (const row of ideaRows) entry(row.department_id, row.month).ideas = Number(row.received);
  // Newest month first, then departments by name (the unrouted ones last).
  return [...figures.values()].sort(
    (a, b) => b.month.localeCompare(a.month) || (a.departmentName === null ? 1 : b.departmentName === null ? -1 : a.departmentName.localeCompare(b.departmentName, "de")),
  );
}

/** The share answered within the period, as a whole percent; null while nothing is decided. */
export const shareWithin = (figures: Pick<DepartmentFigures, "answeredWithin" | "decided">) =>
  figures.decided === 0 ? null : Math.round((figures.answeredWithin / figures.decided) * 100);
