import { index, pgEnum, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./columns";
import { moderationTargetType } from "./moderation";
import { users } from "./users";

export const mediationStatuses = ["open", "closed"] as const;
export const mediationStatus = pgEnum("mediation_status", mediationStatuses);

/** A conflict between people that is not a rule break: a private thread with the parties and moderators. */
export const mediationCases = pgTable(
  "mediation_cases",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    title: text().notNull(),
    status: mediationStatus().notNull().default("open"),
    openedById: text().references(() => users.id, { onDelete: "set null" }),
    /** The reported target the case was opened from (its review page), if any; for moderators only. */
    sourceTargetType: moderationTargetType(),
    sourceTargetId: text(),
    outcomeNote: text(),
    closedById: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    closedAt: timestamptz(),
  },
  (t) => [index("mediation_cases_status_idx").on(t.status, t.createdAt), index("mediation_cases_source_idx").on(t.sourceTargetType, t.sourceTargetId)],
);

export const mediationParties = pgTable(
  "mediation_parties",
  {
    caseId: text()
      .notNull()
      .references(() => mediationCases.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] }), index("mediation_parties_user_idx").on(t.userId)],
);

export const mediationMessages = pgTable(
  "mediation_messages",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    caseId: text()
      .notNull()
      .references(() => mediationCases.id, { onDelete: "cascade" }),
    authorId: text().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("mediation_messages_case_idx").on(t.caseId, t.createdAt, t.id)],
);
