import "server-only";
import type { Actor } from "@/lib/policy";
import type { RuleOfConduct } from "../rules-of-conduct";
import type { SUSPENSION_DURATIONS } from "../schemas";
import { decide } from "./decide";

/**
 * The one way an account is suspended, from a report in the moderation queue or from the admin's
 * account page alike: a decision with rule and facts, a statement of reasons the person can appeal,
 * every session ended at once, a longer suspension in force never cut short, an audit entry.
 */
export function suspendAccount(input: {
  actor: Actor;
  userId: string;
  ruleKey: RuleOfConduct;
  facts: string;
  duration: (typeof SUSPENSION_DURATIONS)[number];
  now?: Date;
}) {
  return decide({
    moderator: input.actor,
    target: { type: "user", id: input.userId, author: { id: input.userId }, text: null },
    kind: "suspend",
    ruleKey: input.ruleKey,
    facts: input.facts,
    duration: input.duration,
    now: input.now,
  });
}
