import { sql } from "drizzle-orm";
import { index, integer, pgEnum, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./columns";
import { departments, localities } from "./district";

export const userRoles = ["member", "staff", "moderator", "admin"] as const;
export const userVerifications = ["email", "verified"] as const;
export const userStatuses = ["active", "suspended", "deleted"] as const;

export const userRole = pgEnum("user_role", userRoles);
export const userVerification = pgEnum("user_verification", userVerifications);
export const userStatus = pgEnum("user_status", userStatuses);

/**
 * One row per person. The first five columns are the ones Auth.js's Drizzle adapter expects;
 * the account exists from the moment the magic link is followed, the profile is completed after.
 */
export const users = pgTable(
  "users",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text(),
    email: text().notNull().unique(),
    emailVerified: timestamptz(),
    image: text(),
    username: text(),
    displayName: text(),
    localityId: integer().references(() => localities.id),
    /** The district-office unit a staff member writes for. */
    departmentId: integer().references(() => departments.id, { onDelete: "set null" }),
    role: userRole().notNull().default("member"),
    verification: userVerification().notNull().default("email"),
    verifiedAt: timestamptz(),
    status: userStatus().notNull().default("active"),
    suspendedUntil: timestamptz(),
    suspensionReason: text(),
    /** The moderation decision whose suspension is in force; null for an admin's suspension. An appeal lifts only its own. */
    suspendedByDecisionId: text(),
    acceptedTermsVersion: integer(),
    acceptedTermsAt: timestamptz(),
    passwordHash: text(),
    /** The language of every mail and notification text to this person: the UI language on joining, changeable in settings. */
    locale: text().notNull().default("de"),
    createdAt: createdAt(),
    updatedAt: createdAt().$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex("users_username_lower_idx").on(sql`lower(${t.username})`),
    index("users_display_name_lower_idx").on(sql`lower(${t.displayName})`),
    index("users_created_at_idx").on(t.createdAt),
    // The admin's account search matches any part of these (ILIKE '%…%'): trigram indexes (pg_trgm, 0004).
    index("users_display_name_trgm_idx").using("gin", t.displayName.op("gin_trgm_ops")),
    index("users_username_trgm_idx").using("gin", t.username.op("gin_trgm_ops")),
    index("users_email_trgm_idx").using("gin", t.email.op("gin_trgm_ops")),
  ],
);
