/**
 * The rules of the terms a decision can rest on, in the order of the terms' sections. The statement
 * of reasons names the rule (messages: conduct.rules.<key>) and the terms version in force.
 */
export const RULES_OF_CONDUCT = ["respect", "identity", "privacy", "spam", "truthfulness", "off_topic", "law"] as const;

export type RuleOfConduct = (typeof RULES_OF_CONDUCT)[number];

export const isRuleOfConduct = (value: unknown): value is RuleOfConduct => RULES_OF_CONDUCT.includes(value as RuleOfConduct);
