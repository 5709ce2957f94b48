import type { MailContext } from "./types";

// Data written by another version may carry a value this one does not know: say it neutrally.
export function targetTypeName({ t }: MailContext, value: string) {
  const key = `conduct.targetTypes.${value}` as "conduct.targetTypes.comment";
  return t.has(key) ? t(key) : t("notifications.kinds.unknownTarget");
}

export function reasonName({ t }: MailContext, value: string) {
  const key = `conduct.reasons.${value}` as "conduct.reasons.other";
  return t.has(key) ? t(key) : t("conduct.reasons.other");
}
