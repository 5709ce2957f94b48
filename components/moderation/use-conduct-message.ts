"use client";

import { useTranslations } from "next-intl";

/** A field error key as a sentence: the moderation forms' own messages (conduct.validation.*) first, then the shared validation.* ones. */
export function useConductMessage() {
  const own = useTranslations("conduct.validation");
  const shared = useTranslations("validation");
  return (key: string | undefined) => {
    if (!key) return undefined;
    if (own.has(key as never)) return own(key as never);
    return shared.has(key as never) ? shared(key as never) : key;
  };
}
