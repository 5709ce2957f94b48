"use client";

import { useTranslations } from "next-intl";

/** A field error key as a sentence: the comments' own messages first, then the shared validation.* ones. */
export function useCommentMessage() {
  const own = useTranslations("announcements.comments.validation");
  const shared = useTranslations("validation");
  return (key: string | undefined) => {
    if (!key) return undefined;
    if (own.has(key as never)) return own(key as never);
    return shared.has(key as never) ? shared(key as never) : key;
  };
}
