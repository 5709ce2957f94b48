import { useFormatter, useTranslations } from "next-intl";
import { timeTag } from "@/components/announcements/time-tag";
import { concernClock } from "@/lib/concerns/clock";

/** "nach N Tagen beantwortet" or "seit N Tagen offen, Antwort fällig am …" (overdue said in words, not only by colour). */
export function ConcernClock({ createdAt, firstAnsweredAt, answerDays, now }: { createdAt: Date; firstAnsweredAt: Date | null; answerDays: number; now?: Date }) {
  const t = useTranslations("concerns.clock");
  const format = useFormatter();
  const clock = concernClock({ createdAt, firstAnsweredAt, answerDays, now });
  if (clock.state === "answered") return <span>{t("answered", { count: clock.days })}</span>;
  const date = format.dateTime(clock.dueOn, { dateStyle: "long", timeZone: "Europe/Berlin" });
  return (
    <span className={clock.overdue ? "font-semibold text-red-800" : undefined}>
      {t.rich(clock.overdue ? "overdue" : "open", { count: clock.days, date, time: timeTag(clock.dueOn) })}
    </span>
  );
}
