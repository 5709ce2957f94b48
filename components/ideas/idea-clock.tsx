import { useFormatter, useTranslations } from "next-intl";
import { timeTag } from "@/components/announcements/time-tag";
import { ideaClock } from "@/lib/ideas/clock";

/**
 * The concerns' answer clock for an idea, started when it reached the support threshold: "answer due
 * on …" (overdue said in words, not only by colour) until the first official answer. Nothing before
 * the threshold, nor for an idea answered before it was reached.
 */
export function IdeaClock({ thresholdReachedAt, firstAnsweredAt, answerDays, now }: { thresholdReachedAt: Date | null; firstAnsweredAt: Date | null; answerDays: number; now?: Date }) {
  const t = useTranslations("ideas.clock");
  const format = useFormatter();
  const clock = ideaClock({ thresholdReachedAt, firstAnsweredAt, answerDays, now });
  if (!clock) return null;
  if (clock.state === "answered") return <span>{t("answered", { count: clock.days })}</span>;
  const date = format.dateTime(clock.dueOn, { dateStyle: "long", timeZone: "Europe/Berlin" });
  return (
    <span className={clock.overdue ? "font-semibold text-red-800" : undefined}>
      {t.rich(clock.overdue ? "overdue" : "open", { date, time: timeTag(clock.dueOn) })}
    </span>
  );
}
