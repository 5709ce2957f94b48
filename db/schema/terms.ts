import { integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./users";

/** Every published version of the terms of use. The one in force is districtSettings.termsVersion. */
export const termsVersions = pgTable("terms_versions", {
  version: integer().primaryKey(),
  /** German text, binding. Paragraphs separated by blank lines. */
  body: text().notNull(),
  /** English translation for reading, where provided. */
  bodyEn: text(),
  changeSummary: text(),
  publishedById: text().references(() => users.id, { onDelete: "set null" }),
  publishedAt: createdAt(),
});

/** Who accepted which version when: part of the member's own data. */
export const termsAcceptances = pgTable(
  "terms_acceptances",
  {
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    version: integer()
      .notNull()
      .references(() => termsVersions.version),
    acceptedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.version] })],
);
