import { concernClock, type ConcernClock } from "@/lib/concerns/clock";

/**
 * An idea's answer clock: the concerns' clock (Berlin calendar days), started on the day the idea
 * reached the district's support threshold. None before that, nor for an idea answered before it.
 */
export function ideaClock({ thresholdReachedAt, firstAnsweredAt, answerDays, now }: { thresholdReachedAt: Date | null; firstAnsweredAt: Date | null; answerDays: number; now?: Date }): ConcernClock | null {
  if (!thresholdReachedAt) return null;
  if (firstAnsweredAt && firstAnsweredAt < thresholdReachedAt) return null;
  return concernClock({ createdAt: thresholdReachedAt, firstAnsweredAt, answerDays, now });
}
