"use client";

import { useTranslations } from "next-intl";
import { parseFieldErrorKey } from "@/lib/action/field-error-key";

/** Where a form's own error keys live (besides the shared validation.* ones). */
export type FieldErrorScope = "announcements" | "comments" | "conduct" | "uploads" | "concerns" | "spaces" | "ideas" | "messages";

type Translator = ((key: never, values?: never) => string) & { has: (key: never) => boolean };

/**
 * Turns a field-error key (a zod message, or a field error the server returned) into a sentence: the
 * scope's own messages first, then the shared validation.* ones; an unknown key is shown as it is.
 * Params fill placeholders such as the unknown usernames of a new mediation case.
 */
export function useFieldErrorMessage(scope?: FieldErrorScope) {
  const shared = useTranslations("validation") as unknown as Translator;
  // Every namespace is named literally (and every hook always called), so the client-messages test can check them.
  const own: Record<FieldErrorScope, Translator> = {
    announcements: useTranslations("announcements.validation") as unknown as Translator,
    comments: useTranslations("announcements.comments.validation") as unknown as Translator,
    conduct: useTranslations("conduct.validation") as unknown as Translator,
    uploads: useTranslations("uploads.validation") as unknown as Translator,
    concerns: useTranslations("concerns.validation") as unknown as Translator,
    spaces: useTranslations("spaces.validation") as unknown as Translator,
    ideas: useTranslations("ideas.validation") as unknown as Translator,
    messages: useTranslations("messages.validation") as unknown as Translator,
  };
  const scoped = scope ? own[scope] : undefined;
  return (value: string | undefined, params?: Record<string, string | number>): string | undefined => {
    if (!value) return undefined;
    const { key, params: limit } = parseFieldErrorKey(value);
    if (scoped?.has(key as never)) return scoped(key as never, { ...params, ...limit } as never);
    // "tooLong:200" reads "… höchstens 200 Zeichen."; a plain "tooLong" (e.g. too many items) the general sentence.
    if (key === "tooLong" && limit) return shared("tooLongMax" as never, limit as never);
    return shared.has(key as never) ? shared(key as never) : key;
  };
}
