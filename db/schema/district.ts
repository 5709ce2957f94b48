import { boolean, integer, pgTable, serial, text } from "drizzle-orm/pg-core";
import { timestamptz } from "./columns";

/** The district's own configuration: one row. Another district runs its own instance with its own row. */
export const districtSettings = pgTable("district_settings", {
  id: integer().primaryKey().default(1),
  districtName: text().notNull(),
  platformName: text().notNull(),
  operatorContact: text().notNull(),
  termsVersion: integer().notNull().default(1),
  /** How long a one-time verification code stays valid after it is issued. */
  verificationCodeValidityDays: integer().notNull().default(90),
  /** How long audit-log entries are kept (lib/privacy/retention-periods.ts); shown on the privacy page. */
  auditRetentionMonths: integer().notNull().default(36),
  /** The data-protection officer's contact (DSGVO Art. 13 (1) b), line by line; empty: not yet entered. */
  dataProtectionOfficer: text().notNull().default(""),
  /** The supervisory authority named on the privacy page, line by line. */
  supervisoryAuthority: text()
    .notNull()
    .default("Berliner Beauftragte für Datenschutz und Informationsfreiheit\nAlt-Moabit 59–61\n10555 Berlin\nmailbox@datenschutz-berlin.de"),
  /** Known barriers listed in the accessibility statement, one per line. */
  accessibilityKnownGaps: text().notNull().default(""),
  /** When the accessibility statement was last reviewed (shown as its date). */
  accessibilityReviewedAt: timestamptz(),
  /** Calendar days (Europe/Berlin) within which a concern gets its first answer; the public clock counts against it. */
  concernAnswerDays: integer().notNull().default(21),
  /** Supports at which an idea must get an official answer within the answer period (concernAnswerDays). */
  ideaSupportThreshold: integer().notNull().default(50),
});

export const localities = pgTable("localities", {
  id: serial().primaryKey(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  sortOrder: integer().notNull().default(0),
});

/** E-mail domains of the district office: only accounts on these domains may hold the staff role. */
export const officialDomains = pgTable("official_domains", {
  domain: text().primaryKey(),
});

/** Topics announcements (and later projects and ideas) are filed under; members follow them. */
export const topics = pgTable("topics", {
  id: serial().primaryKey(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  sortOrder: integer().notNull().default(0),
});

/** Units of the district office; staff belong to one, announcements are signed with it. */
export const departments = pgTable("departments", {
  id: serial().primaryKey(),
  name: text().notNull().unique(),
  sortOrder: integer().notNull().default(0),
  /** Set by admins: this department's staff may handle every department's concerns (e.g. the citizen-participation office). */
  handlesAllConcerns: boolean().notNull().default(false),
});
