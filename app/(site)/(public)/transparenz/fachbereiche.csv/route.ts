import { getAnswerDays } from "@/lib/concerns/queries";
import { listDepartmentFigures, monthSpan, shareWithin } from "@/lib/concerns/transparency";
import { csvResponse, toCsv } from "@/lib/http/csv";
import { currentMonth } from "@/lib/moderation/transparency";

/**
 * Open data: the response figures of every department and month, as on /transparenz. Column names
 * are stable (English, snake_case) so that scripts reading the file keep working.
 */
export async function GET() {
  const current = currentMonth();
  const span = { from: "2000-01-01", until: monthSpan(current.year, current.month).until };
  const answerDays = await getAnswerDays();
  const figures = await listDepartmentFigures({ span, answerDays });
  const body = toCsv(
    ["month", "department", "concerns_received", "ideas_received", "median_days_to_first_answer", "answered_within_period", "decided", "share_within_period_percent", "answer_period_days"],
    figures.map((row) => [row.month, row.departmentName ?? "", row.concerns, row.ideas, row.medianDays, row.answeredWithin, row.decided, shareWithin(row), answerDays]),
  );
  return csvResponse(body, "kiezwerk-antwortzeiten-fachbereiche.csv");
}
