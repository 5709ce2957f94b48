import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./columns";
import { departments, localities, topics } from "./district";
import { moderationDecisions } from "./moderation";
import { tsvector } from "./search";
import { users } from "./users";

export const announcementStatuses = ["published", "unpublished"] as const;
export const announcementStatus = pgEnum("announcement_status", announcementStatuses);

/**
 * Official announcements of the district office. Visible to the public when published, past
 * publishAt and before expiresAt. The body is Markdown; bodyHtml is its sanitised rendering.
 */
export const announcements = pgTable(
  "announcements",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    authorId: text().references(() => users.id, { onDelete: "set null" }),
    departmentId: integer().references(() => departments.id, { onDelete: "set null" }),
    title: text().notNull(),
    summary: text().notNull(),
    body: text().notNull(),
    bodyHtml: text().notNull(),
    /** Targets every locality, now and future ones. */
    wholeDistrict: boolean().notNull().default(false),
    status: announcementStatus().notNull().default("published"),
    publishAt: timestamptz().notNull().defaultNow(),
    expiresAt: timestamptz(),
    commentsEnabled: boolean().notNull().default(true),
    /** Visible comments, kept with each comment write so lists need no count query. */
    commentCount: integer().notNull().default(0),
    /** Set while a moderation decision hides the announcement; the public sees a neutral notice. */
    hiddenByDecisionId: text().references(() => moderationDecisions.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    /** Set by an edit after publication: shown as "aktualisiert am …". */
    editedAt: timestamptz(),
    /** When the followers of its localities and topics were notified: once, when it became visible. */
    notifiedAt: timestamptz(),
    searchVector: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(summary, '')), 'B') || setweight(to_tsvector('german', coalesce(body, '')), 'C')`,
    ),
  },
  (t) => [
    index("announcements_published_idx").on(t.publishAt.desc().nullsFirst(), t.id.desc().nullsFirst()).where(sql`status = 'published'`),
    // The staff overview lists every status, newest first.
    index("announcements_all_idx").on(t.publishAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // The home page's "what is next": visible announcements whose window closes soonest.
    index("announcements_ending_idx").on(t.expiresAt, t.id).where(sql`status = 'published' and expires_at is not null`),
    index("announcements_search_idx").using("gin", t.searchVector),
    index("announcements_author_idx").on(t.authorId),
    // The minutely job finds published announcements whose followers have not been told yet.
    index("announcements_unnotified_idx").on(t.publishAt).where(sql`status = 'published' and notified_at is null`),
  ],
);

export const announcementLocalities = pgTable(
  "announcement_localities",
  {
    announcementId: text()
      .notNull()
      .references(() => announcements.id, { onDelete: "cascade" }),
    localityId: integer()
      .notNull()
      .references(() => localities.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.announcementId, t.localityId] }), index("announcement_localities_locality_idx").on(t.localityId, t.announcementId)],
);

export const announcementTopics = pgTable(
  "announcement_topics",
  {
    announcementId: text()
      .notNull()
      .references(() => announcements.id, { onDelete: "cascade" }),
    topicId: integer()
      .notNull()
      .references(() => topics.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.announcementId, t.topicId] }), index("announcement_topics_topic_idx").on(t.topicId, t.announcementId)],
);

export const announcementComments = pgTable(
  "announcement_comments",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    announcementId: text()
      .notNull()
      .references(() => announcements.id, { onDelete: "cascade" }),
    authorId: text().references(() => users.id, { onDelete: "set null" }),
    /** Plain text; links are made clickable when shown, never stored as HTML. */
    body: text().notNull(),
    /** Set while a moderation decision hides the comment: others see a neutral notice, the author the reason. */
    hiddenByDecisionId: text().references(() => moderationDecisions.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    editedAt: timestamptz(),
    searchVector: tsvector().generatedAlwaysAs(sql`to_tsvector('german', coalesce(body, ''))`),
  },
  (t) => [
    index("announcement_comments_thread_idx").on(t.announcementId, t.createdAt, t.id),
    index("announcement_comments_search_idx").using("gin", t.searchVector),
    index("announcement_comments_author_idx").on(t.authorId),
  ],
);
