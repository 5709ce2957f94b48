import { timestamp } from "drizzle-orm/pg-core";

// Millisecond precision, like the JavaScript dates that carry them: keyset cursors round-trip exactly.
export const timestamptz = () => timestamp({ withTimezone: true, mode: "date", precision: 3 });

export const createdAt = () => timestamptz().notNull().defaultNow();
