import { sql } from "drizzle-orm";
import { index, integer, pgEnum, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./columns";
import { concernCategories } from "./concerns";
import { departments, localities } from "./district";
import { moderationDecisions } from "./moderation";
import { tsvector } from "./search";
import { users } from "./users";

export const ideaStatuses = ["new", "under_review", "accepted", "implemented", "declined"] as const;
export const ideaStatus = pgEnum("idea_status", ideaStatuses);

/**
 * A verified resident's idea (Idee). Its topic is one of the concern categories, so an idea lands with
 * the department that answers that category, like a concern. Personal data: the author (anonymised on
 * account deletion — the idea and its official answer stay part of the district's public record).
 */
export const ideas = pgTable(
  "ideas",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    authorId: text().references(() => users.id, { onDelete: "set null" }),
    title: text().notNull(),
    description: text().notNull(),
    categoryId: integer().references(() => concernCategories.id, { onDelete: "set null" }),
    /** Routed when submitted (from the category) and kept. */
    departmentId: integer().references(() => departments.id, { onDelete: "set null" }),
    localityId: integer().references(() => localities.id, { onDelete: "set null" }),
    status: ideaStatus().notNull().default("new"),
    /** The current official answer of the administration (empty: none yet); with a decline, its reason. */
    officialAnswer: text().notNull().default(""),
    answeredById: text().references(() => users.id, { onDelete: "set null" }),
    /** The first official answer: stops the answer clock. */
    firstAnsweredAt: timestamptz(),
    answeredAt: timestamptz(),
    /** Kept with each support so lists need no count query. */
    supportCount: integer().notNull().default(0),
    /** When the support count first reached the district's threshold: the answer clock starts here. */
    thresholdReachedAt: timestamptz(),
    commentCount: integer().notNull().default(0),
    /** Set while a moderation decision hides the idea: gone from lists and pages for everyone but its author. */
    hiddenByDecisionId: text().references(() => moderationDecisions.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    searchVector: tsvector().generatedAlwaysAs(sql`setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(description, '')), 'B')`),
  },
  (t) => [
    // The public list, newest first (keyset), and its filters by status and by locality.
    index("ideas_public_idx").on(t.createdAt.desc(), t.id.desc()).where(sql`hidden_by_decision_id is null`),
    index("ideas_status_idx").on(t.status, t.createdAt.desc(), t.id.desc()).where(sql`hidden_by_decision_id is null`),
    index("ideas_locality_idx").on(t.localityId, t.createdAt.desc(), t.id.desc()).where(sql`hidden_by_decision_id is null`),
    // A department's list for its staff.
    index("ideas_department_idx").on(t.departmentId, t.createdAt.desc(), t.id.desc()),
    index("ideas_author_idx").on(t.authorId),
    index("ideas_answered_by_idx").on(t.answeredById),
    index("ideas_search_idx").using("gin", t.searchVector),
  ],
);

/** One support per verified resident and idea: the primary key makes concurrent clicks one row. */
export const ideaSupports = pgTable(
  "idea_supports",
  {
    ideaId: text()
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.userId] }), index("idea_supports_user_idx").on(t.userId)],
);

/** Comments on an idea: plain text, reportable (target "idea_comment"). Personal data: the author (anonymised on deletion). */
export const ideaComments = pgTable(
  "idea_comments",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    ideaId: text()
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    authorId: text().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    hiddenByDecisionId: text().references(() => moderationDecisions.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("idea_comments_thread_idx").on(t.ideaId, t.createdAt, t.id), index("idea_comments_author_idx").on(t.authorId)],
);
