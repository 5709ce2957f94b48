import { customType, index, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./columns";
import { users } from "./users";

/** Raw bytes (PostgreSQL `bytea`); postgres.js hands back a Buffer. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType() {
    return "bytea";
  },
  toDriver(value) {
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  },
  fromDriver(value) {
    return new Uint8Array(value);
  },
});

/**
 * A copy of a person's data (DSGVO Art. 15, 20): requested (no ZIP yet, the worker builds it), then
 * a ZIP kept until `expiresAt` (7 days after it was ready, lib/privacy/retention-periods.ts),
 * downloadable only by its owner. Deleted with the account.
 */
export const personalDataExports = pgTable(
  "personal_data_exports",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Null while the worker is still building it. */
    zip: bytea(),
    createdAt: createdAt(),
    readyAt: timestamptz(),
    expiresAt: timestamptz().notNull(),
  },
  (t) => [index("personal_data_exports_user_idx").on(t.userId, t.createdAt), index("personal_data_exports_expires_idx").on(t.expiresAt)],
);

/**
 * Usernames of deleted accounts, reserved so nobody can take one over and speak under it
 * (for a year). Only a SHA-256 of the lower-cased name is kept: enough to refuse it, not to list it.
 */
export const retiredUsernames = pgTable(
  "retired_usernames",
  {
    usernameHash: text().primaryKey(),
    retiredAt: createdAt(),
    reservedUntil: timestamptz().notNull(),
  },
  (t) => [index("retired_usernames_until_idx").on(t.reservedUntil)],
);

/** Messages from the accessibility statement's feedback form (BIKTG Berlin): read by admins. */
export const accessibilityFeedback = pgTable(
  "accessibility_feedback",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    message: text().notNull(),
    /** Optional: where the district may answer. Deleted with the message after the retention period. */
    contact: text(),
    /** The page the barrier is on, as typed. */
    pageUrl: text(),
    createdAt: createdAt(),
  },
  (t) => [index("accessibility_feedback_created_idx").on(t.createdAt)],
);
