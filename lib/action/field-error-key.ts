import type { z } from "zod";

/** What a too-long text's field error carries besides its key: the limit, e.g. "tooLong:200". */
const WITH_LIMIT = /^(tooLong):(\d+)$/;

/**
 * The field-error key of a zod issue, as the form and the action both report it. A schema says only
 * "tooLong"; the issue knows the maximum, so a text's error becomes "tooLong:200" and the sentence
 * can name the limit ("höchstens 200 Zeichen"). Lists (too many items) keep the plain key.
 */
export function fieldErrorKey(issue: z.core.$ZodIssue): string {
  if (issue.code === "too_big" && issue.message === "tooLong" && issue.origin === "string") return `tooLong:${Number(issue.maximum)}`;
  return issue.message;
}

/** The key and its parameters back from fieldErrorKey's form. */
export function parseFieldErrorKey(value: string): { key: string; params?: { max: number } } {
  const match = WITH_LIMIT.exec(value);
  return match ? { key: match[1]!, params: { max: Number(match[2]) } } : { key: value };
}
