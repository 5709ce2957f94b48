import { pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./users";

/**
 * A person's secret calendar link ("Meine Termine", lib/spaces/calendar): at most one per person, a new
 * one replaces the old. Only the SHA-256 of the token is stored; the link itself is shown once.
 * Personal data: the person and when they created the link (exported); deleted with the account.
 */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    userId: text()
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("calendar_feeds_token_hash_idx").on(t.tokenHash)],
);
