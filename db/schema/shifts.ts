import { sql } from "drizzle-orm";
import { index, integer, pgEnum, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./columns";
import { localities } from "./district";
import { spaces } from "./spaces";
import { users } from "./users";

/** "at": the task happens at a time (the Laufbus at 7:30); "due": it is to be done by the end of a day. */
export const shiftTimings = ["at", "due"] as const;
export const shiftTiming = pgEnum("shift_timing", shiftTimings);

/**
 * A helper shift (Mithelfen) of a space: a task that needs a number of helpers. `at` is an instant either
 * way — for "due", the last minute of that day in the district — so one index orders every list.
 * Personal data: who created it and who marked it done (both kept as "deleted member" on account deletion).
 */
export const spaceShifts = pgTable(
  "space_shifts",
  {
    id: text().primaryKey().$defaultFn(() => crypto.randomUUID()),
    spaceId: text().notNull().references(() => spaces.id, { onDelete: "cascade" }),
    createdById: text().references(() => users.id, { onDelete: "set null" }),
    title: text().notNull(),
    description: text().notNull().default(""),
    timing: shiftTiming().notNull(),
    at: timestamptz().notNull(),
    place: text().notNull().default(""),
    localityId: integer().references(() => localities.id, { onDelete: "set null" }),
    helpersNeeded: integer().notNull(),
    doneAt: timestamptz(),
    doneById: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("space_shifts_space_idx").on(t.spaceId, t.at, t.id),
    // The district-wide list of open shifts, soonest first (and by locality).
    index("space_shifts_open_idx").on(t.at, t.id).where(sql`done_at is null`),
    index("space_shifts_open_locality_idx").on(t.localityId, t.at, t.id).where(sql`done_at is null`),
    index("space_shifts_created_by_idx").on(t.createdById),
    index("space_shifts_done_by_idx").on(t.doneById).where(sql`done_by_id is not null`),
  ],
);

/** Who signed up for a shift. A shift never has more sign-ups than helpers needed (checked under a row lock). */
export const spaceShiftSignups = pgTable(
  "space_shift_signups",
  {
    shiftId: text().notNull().references(() => spaceShifts.id, { onDelete: "cascade" }),
    userId: text().notNull().references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.shiftId, t.userId] }), index("space_shift_signups_user_idx").on(t.userId, t.shiftId)],
);
