import { integer, pgTable, serial, text } from "drizzle-orm/pg-core";

/** The district's own configuration: one row. Another district runs its own instance with its own row. */
export const districtSettings = pgTable("district_settings", {
  id: integer().primaryKey().default(1),
  districtName: text().notNull(),
  platformName: text().notNull(),
  operatorContact: text().notNull(),
  termsVersion: integer().notNull().default(1),
  /** How long a one-time verification code stays valid after it is issued. */
  verificationCodeValidityDays: integer().notNull().default(90),
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
});
