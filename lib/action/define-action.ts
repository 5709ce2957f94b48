import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { getSessionUser, hasSessionCookie, type SessionUser } from "@/lib/auth/session";
import { can, isSuspended, type RuleName, type SubjectOf } from "@/lib/policy";
import { fail, type ActionErrorCode, type ActionResult } from "./result";
import { fieldErrorKey } from "./field-error-key";

interface ActionConfig<Schema extends z.ZodType, Rule extends RuleName, Actor, T> {
  /** Parses the input; the same schema validates the form on the client. */
  input: Schema;
  /** The policy rule this action is. */
  rule: Rule;
  /** Loads what the rule is about (e.g. the target account); null means it does not exist. */
  subject?: (input: z.output<Schema>, actor: Actor) => Promise<SubjectOf<Rule> | null>;
  /**
   * When the rule refuses a signed-in, unsuspended actor: a more precise reason than "forbidden", read
   * from the subject's facts (e.g. "under_moderation"), or null for "forbidden".
   */
  refusal?: (subject: SubjectOf<Rule>) => ActionErrorCode | null;
  run: (input: z.output<Schema>, ctx: { actor: Actor; subject: SubjectOf<Rule> }) => Promise<ActionResult<T>>;
}

type ActionInput<Schema extends z.ZodType> = z.input<Schema> | FormData;

function toPlainInput(input: unknown) {
  return input instanceof FormData ? Object.fromEntries(input) : input;
}

/** Fields holding text PostgreSQL cannot store (a NUL byte), wherever they sit in the input. */
function fieldsWithNul(value: unknown, path = ""): string[] {
  if (typeof value === "string") return value.includes("\u0000") ? [path.split(".")[0] || "form"] : [];
  if (Array.isArray(value)) return value.flatMap((item) => fieldsWithNul(item, path));
  if (value && typeof value === "object" && !(value instanceof Blob)) {
    return Object.entries(value).flatMap(([key, item]) => fieldsWithNul(item, path ? `${path}.${key}` : key));
  }
  return [];
}

function build<Schema extends z.ZodType, Rule extends RuleName, Actor extends SessionUser | null, T>(
  config: ActionConfig<Schema, Rule, Actor, T>,
  requireSignedIn: boolean,
) {
  return async (input: ActionInput<Schema>): Promise<ActionResult<T>> => {
    try {
      const actor = (await getSessionUser()) as Actor;
      // A cookie without a session: the session was ended while the page was open (e.g. by a suspension).
      if (requireSignedIn && !actor) return fail((await hasSessionCookie()) ? "session_ended" : "unauthenticated");

      const plain = toPlainInput(input);
      const unusable = fieldsWithNul(plain);
      if (unusable.length > 0) return fail("invalid_input", { fieldErrors: Object.fromEntries(unusable.map((field) => [field, ["invalidCharacters"]])) });

      const parsed = config.input.safeParse(plain);
      if (!parsed.success) return fail("invalid_input", { fieldErrors: z.flattenError(parsed.error, fieldErrorKey).fieldErrors as Record<string, string[]> });

      const subject = config.subject ? await config.subject(parsed.data, actor) : undefined;
      if (config.subject && subject == null) return fail("not_found");

      const allowed = (can as (a: SessionUser | null, r: RuleName, s?: unknown) => boolean)(actor, config.rule, subject);
      if (!allowed) {
        if (!actor) return fail("unauthenticated");
        if (isSuspended(actor)) return fail("suspended");
        return fail((config.refusal && subject !== undefined ? config.refusal(subject as SubjectOf<Rule>) : null) ?? "forbidden");
      }

      return await config.run(parsed.data, { actor, subject: subject as SubjectOf<Rule> });
    } catch (error) {
      unstable_rethrow(error);
      console.error(`[action:${config.rule}]`, error);
      return fail("internal");
    }
  };
}

/**
 * The one way to write a server action for a signed-in user: session → zod → policy → handler.
 * tests/unit/actions-use-wrapper.test.ts fails if an exported action does not go through here.
 */
export function defineAction<Schema extends z.ZodType, Rule extends RuleName, T = undefined>(
  config: ActionConfig<Schema, Rule, SessionUser, T>,
) {
  return build(config, true);
}

/** The same, for actions a visitor may call (joining, signing in, choosing a language). */
export function definePublicAction<Schema extends z.ZodType, Rule extends RuleName, T = undefined>(
  config: ActionConfig<Schema, Rule, SessionUser | null, T>,
) {
  return build(config, false);
}
