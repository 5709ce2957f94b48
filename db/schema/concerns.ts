import { sql } from "drizzle-orm";
import { index, integer, pgEnum, pgTable, primaryKey, serial, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./columns";
import { departments, localities } from "./district";
import { moderationDecisions } from "./moderation";
import { users } from "./users";
import { tsvector } from "./search";

export const concernStatuses = ["received", "in_review", "in_progress", "resolved", "declined", "forwarded"] as const;
export const concernStatus = pgEnum("concern_status", concernStatuses);

export const concernVisibilities = ["public", "private"] as const;
export const concernVisibility = pgEnum("concern_visibility", concernVisibilities);

export const concernEventKinds = ["status", "author_update", "reopened"] as const;
export const concernEventKind = pgEnum("concern_event_kind", concernEventKinds);

/**
 * Part of the district's configuration: what residents can raise a concern about, and which
 * department answers it. Admins edit the list (/admin/einstellungen/anliegen).
 */
export const concernCategories = pgTable("concern_categories", {
  id: serial().primaryKey(),
  name: text().notNull().unique(),
  /** Null: not yet assigned; such concerns land with every department that handles all concerns. */
  departmentId: integer().references(() => departments.id, { onDelete: "set null" }),
  sortOrder: integer().notNull().default(0),
});

/**
 * A resident's concern (Anliegen). Personal data: the author (anonymised on account deletion — the
 * concern and its answers are part of the district's public record). Photos are uploads owned by the
 * concern (lib/uploads/owners).
 */
export const concerns = pgTable(
  "concerns",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    authorId: text().references(() => users.id, { onDelete: "set null" }),
    title: text().notNull(),
    description: text().notNull(),
    categoryId: integer().references(() => concernCategories.id, { onDelete: "set null" }),
    /** Routed when filed (from the category) and kept: a later change of the mapping does not move open concerns. */
    departmentId: integer().references(() => departments.id, { onDelete: "set null" }),
    localityId: integer().references(() => localities.id, { onDelete: "set null" }),
    /** An address or a description of the place, optional. */
    place: text().notNull().default(""),
    visibility: concernVisibility().notNull().default("public"),
    status: concernStatus().notNull().default("received"),
    /** Who is responsible instead, and how to reach them (status "forwarded"). */
    forwardedTo: text().notNull().default(""),
    /** The staff member who took it on. */
    claimedById: text().references(() => users.id, { onDelete: "set null" }),
    /** Co-signatures, kept with each co-signature so lists need no count query. */
    cosignCount: integer().notNull().default(0),
    createdAt: createdAt(),
    /** The first public answer of staff: stops the answer clock. */
    firstAnsweredAt: timestamptz(),
    statusChangedAt: timestamptz().notNull().defaultNow(),
    resolvedAt: timestamptz(),
    /** When the author was asked "Ist das wirklich gelöst?" (once per resolution). */
    resolutionCheckSentAt: timestamptz(),
    /** Set while a moderation decision hides the concern: gone for everyone but its author and the responsible staff. */
    hiddenByDecisionId: text().references(() => moderationDecisions.id, { onDelete: "set null" }),
    searchVector: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(description, '')), 'B') || setweight(to_tsvector('german', coalesce(place, '')), 'C')`,
    ),
  },
  (t) => [
    // /suche: public concerns by their words (German stemming).
    index("concerns_search_idx").using("gin", t.searchVector),
    // The public list: newest public concerns first (keyset pagination).
    index("concerns_public_idx").on(t.createdAt.desc(), t.id.desc()).where(sql`visibility = 'public' and hidden_by_decision_id is null`),
    // A department's inbox, newest first.
    index("concerns_department_idx").on(t.departmentId, t.createdAt.desc(), t.id.desc()),
    index("concerns_author_idx").on(t.authorId),
    index("concerns_claimed_idx").on(t.claimedById),
    // The resolution check finds resolved concerns whose author has not been asked yet.
    index("concerns_resolution_check_idx").on(t.resolvedAt).where(sql`status = 'resolved' and resolution_check_sent_at is null`),
  ],
);

/**
 * The public history of a concern: every status change with its public text, the author's updates,
 * a reopening after the resolution check. Personal data: the actor (anonymised on deletion).
 */
export const concernEvents = pgTable(
  "concern_events",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    concernId: text()
      .notNull()
      .references(() => concerns.id, { onDelete: "cascade" }),
    actorId: text().references(() => users.id, { onDelete: "set null" }),
    kind: concernEventKind().notNull(),
    /** The status after the event. */
    status: concernStatus().notNull(),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("concern_events_concern_idx").on(t.concernId, t.createdAt), index("concern_events_actor_idx").on(t.actorId)],
);

/** Internal notes of staff on a concern: never shown to the public or the author. */
export const concernNotes = pgTable(
  "concern_notes",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    concernId: text()
      .notNull()
      .references(() => concerns.id, { onDelete: "cascade" }),
    authorId: text().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("concern_notes_concern_idx").on(t.concernId, t.createdAt), index("concern_notes_author_idx").on(t.authorId)],
);

/** One co-signature per verified resident and concern: the primary key makes concurrent clicks one row. */
export const concernCosignatures = pgTable(
  "concern_cosignatures",
  {
    concernId: text()
      .notNull()
      .references(() => concerns.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.concernId, t.userId] }), index("concern_cosignatures_user_idx").on(t.userId)],
);

/** Reply templates a department keeps for its public answers. */
export const concernReplyTemplates = pgTable(
  "concern_reply_templates",
  {
    id: serial().primaryKey(),
    departmentId: integer()
      .notNull()
      .references(() => departments.id, { onDelete: "cascade" }),
    title: text().notNull(),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("concern_reply_templates_department_idx").on(t.departmentId, t.title)],
);
