/** What can go wrong in an action, as a code; the form shows it as a localised sentence (messages: errors.*). */
export type ActionErrorCode =
  | "unauthenticated"
  | "session_ended"
  | "forbidden"
  | "not_found"
  | "invalid_input"
  | "rate_limited"
  | "invalid_credentials"
  | "username_taken"
  | "mail_failed"
  | "email_taken"
  | "verification_code_unknown"
  | "verification_code_used"
  | "verification_code_expired"
  | "verification_code_revoked"
  | "already_verified"
  | "already_reported"
  | "already_appealed"
  | "suspended"
  | "under_moderation"
  | "current_password_wrong"
  | "fresh_sign_in_required"
  | "upload_quota"
  | "last_admin"
  | "conversation_closed"
  | "shift_full"
  | "shift_closed"
  | "internal";

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: ActionErrorCode; fieldErrors?: FieldErrors; params?: Record<string, string | number> };

export const ok = <T = undefined>(data?: T): ActionResult<T> => ({ ok: true, data: data as T });

export const fail = (
  error: ActionErrorCode,
  extra: { fieldErrors?: FieldErrors; params?: Record<string, string | number> } = {},
): { ok: false; error: ActionErrorCode; fieldErrors?: FieldErrors; params?: Record<string, string | number> } => ({
  ok: false,
  error,
  ...extra,
});

/** A refused attempt while a rate limit holds: the form says in how many minutes to try again. */
export const rateLimited = (retryAfterSeconds: number) => fail("rate_limited", { params: { minutes: Math.ceil(retryAfterSeconds / 60) } });
