/**
 * The rules of the terms a decision can rest on, in the order of the terms' sections — exactly the
 * rule sections of the terms (lib/terms/initial-terms.ts; tests/unit/rules-of-conduct.test.ts fails
 * when the two differ). The statement of reasons names the rule (messages: conduct.rules.<key>) and
 * the terms version in force.
 */
export const RULES_OF_CONDUCT = ["respect", "identity", "privacy", "spam", "truthfulness"] as const;

/**
 * Keys decisions could cite before the citable list was tied to the terms ("off topic", "no illegal
 * content" were never in them). No new decision cites them; earlier ones keep their label.
 */
export const FORMER_RULES_OF_CONDUCT = ["off_topic", "law"] as const;

export type RuleOfConduct = (typeof RULES_OF_CONDUCT)[number];
export type LabelledRule = RuleOfConduct | (typeof FORMER_RULES_OF_CONDUCT)[number];

/** A rule key that has a label (conduct.rules.<key>): citable now, or cited by an earlier decision. */
export const isRuleOfConduct = (value: unknown): value is LabelledRule =>
  RULES_OF_CONDUCT.includes(value as RuleOfConduct) || FORMER_RULES_OF_CONDUCT.includes(value as (typeof FORMER_RULES_OF_CONDUCT)[number]);
