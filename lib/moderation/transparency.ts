import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { decisionKinds, reportReasons } from "@/db/schema/moderation";
import type { DecisionKind, ReportReason } from "./types";
import { DISTRICT_TIME_ZONE } from "@/lib/time/zone";

export interface MonthKey {
  year: number;
  month: number; // 1–12
}

export interface TransparencyMonth extends MonthKey {
  reportsByReason: Record<ReportReason, number>;
  reportsTotal: number;
  decisionsByKind: Record<DecisionKind, number>;
  decisionsTotal: number;
  appealsReceived: number;
  appealsUpheld: number;
  appealsReversed: number;
  /** Median hours from the first report on a target to the decision about it; null without such decisions. */
  medianHoursToDecision: number | null;
}

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

const monthStart = ({ year, month }: MonthKey) => `${year}-${String(month).padStart(2, "0")}-01`;

/** [start, end) of a calendar month in the district's time zone, as timestamptz expressions. */
function monthRange(key: MonthKey) {
  const start = sql`(${monthStart(key)}::timestamp at time zone ${DISTRICT_TIME_ZONE})`;
  const end = sql`((${monthStart(key)}::timestamp + interval '1 month') at time zone ${DISTRICT_TIME_ZONE})`;
  return { start, end };
}

/**
 * One month of the public transparency report, computed from the reports, decisions and appeals
 * themselves. Counts only; no person, no text.
 */
export async function getTransparencyMonth(key: MonthKey): Promise<TransparencyMonth> {
  const { start, end } = monthRange(key);
  const db = getDb();
  const [reasonRows, kindRows, appealRows, medianRows] = await Promise.all([
    db.execute<{ reason: ReportReason; n: number }>(
      sql`select reason, count(*)::int as n from reports where created_at >= ${start} and created_at < ${end} group by reason`,
    ),
    db.execute<{ kind: DecisionKind; n: number }>(
      sql`select kind, count(*)::int as n from moderation_decisions where created_at >= ${start} and created_at < ${end} group by kind`,
    ),
    db.execute<{ received: number; upheld: number; reversed: number }>(sql`select
        (select count(*)::int from appeals where created_at >= ${start} and created_at < ${end}) as received,
        (select count(*)::int from appeals where status = 'upheld' and decided_at >= ${start} and decided_at < ${end}) as upheld,
        (select count(*)::int from appeals where status = 'reversed' and decided_at >= ${start} and decided_at < ${end}) as reversed`),
    db.execute<{ hours: number | null }>(sql`select percentile_cont(0.5) within group (order by extract(epoch from created_at - first_reported_at) / 3600.0) as hours
        from moderation_decisions where first_reported_at is not null and created_at >= ${start} and created_at < ${end}`),
  ]);
  const reportsByReason = zeroes(reportReasons);
  for (const row of reasonRows) reportsByReason[row.reason] = Number(row.n);
  const decisionsByKind = zeroes(decisionKinds);
  for (const row of kindRows) decisionsByKind[row.kind] = Number(row.n);
  const appealsRow = appealRows[0];
  const hours = medianRows[0]?.hours;
  return {
    ...key,
    reportsByReason,
    reportsTotal: Object.values(reportsByReason).reduce((a, b) => a + b, 0),
    decisionsByKind,
    decisionsTotal: Object.values(decisionsByKind).reduce((a, b) => a + b, 0),
    appealsReceived: Number(appealsRow?.received ?? 0),
    appealsUpheld: Number(appealsRow?.upheld ?? 0),
    appealsReversed: Number(appealsRow?.reversed ?? 0),
    medianHoursToDecision: hours === null || hours === undefined ? null : Number(hours),
  };
}

/** The current month in the district's time zone. */
export function currentMonth(now = new Date()): MonthKey {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: DISTRICT_TIME_ZONE, year: "numeric", month: "numeric" }).formatToParts(now);
  return { year: Number(parts.find((p) => p.type === "year")!.value), month: Number(parts.find((p) => p.type === "month")!.value) };
}

/** The months the report can show: from the first report, decision, concern or idea up to now, newest first (at least the current one). */
export async function listTransparencyMonths(now = new Date()): Promise<MonthKey[]> {
  const [row] = await getDb().execute<{ first: string | null }>(
    sql`select to_char(least((select min(created_at) from reports), (select min(created_at) from moderation_decisions), (select min(created_at) from concerns), (select min(created_at) from ideas)) at time zone ${DISTRICT_TIME_ZONE}, 'YYYY-MM') as first`,
  );
  const current = currentMonth(now);
  const months: MonthKey[] = [];
  const [fy, fm] = (row?.first ?? `${current.year}-${current.month}`).split("-").map(Number) as [number, number];
  for (let { year, month } = current; year > fy || (year === fy && month >= fm); month === 1 ? ((month = 12), (year -= 1)) : (month -= 1)) {
    months.push({ year, month });
    if (months.length >= 120) break;
  }
  return months;
}

/** "2026-11" ↔ { year: 2026, month: 11 }; anything else is null. */
export function parseMonthKey(value: string | undefined): MonthKey | null {
  const match = value?.match(/^(\d{4})-(0[1-9]|1[0-2])$/);
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null;
}

export const formatMonthKey = ({ year, month }: MonthKey) => `${year}-${String(month).padStart(2, "0")}`;
