"use client";

import { useTranslations } from "next-intl";

/**
 * A field error key as a sentence: the moderation and mediation forms' own messages
 * (conduct.validation.*) first, then the shared validation.* ones. Params fill placeholders
 * such as the unknown usernames of a new mediation case.
 */
export function useConductMessage() {
  const own = useTranslations("conduct.validation");
  const shared = useTranslations("validation");
  return (key: string | undefined, params?: Record<string, string | number>) => {
    if (!key) return undefined;
    if (own.has(key as never)) return own(key as never, params as never);
    return shared.has(key as never) ? shared(key as never) : key;
  };
}
