import { KINDS, type NotificationChannel, type NotificationKind } from "./kinds";

/**
 * Where a notification of `kind` goes: an essential kind (the person's own account or moderation
 * case) always immediately, whatever is stored; otherwise the person's choice, else the kind's default.
 */
export function resolveChannel(kind: NotificationKind, chosen: NotificationChannel | null | undefined): NotificationChannel {
  const definition = KINDS[kind];
  if (definition.essential) return "immediate";
  return chosen ?? definition.defaultChannel;
}

/** Whether a mail of this kind carries the one-click unsubscribe (RFC 8058): everything not essential. */
export const isUnsubscribable = (kind: NotificationKind) => !KINDS[kind].essential;
