import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./columns";
import { departments, localities, topics } from "./district";
import { moderationDecisions } from "./moderation";
import { tsvector } from "./search";
import { users } from "./users";

export const spaceVisibilities = ["public", "members", "private"] as const;
export const spaceVisibility = pgEnum("space_visibility", spaceVisibilities);
export const spaceJoinPolicies = ["open", "request", "invitation"] as const;
export const spaceJoinPolicy = pgEnum("space_join_policy", spaceJoinPolicies);
/** A membership row is a role once active; "requested" and "invited" wait for the other side. */
export const spaceMemberships = ["requested", "invited", "member", "organiser", "owner"] as const;
export const spaceMembership = pgEnum("space_membership", spaceMemberships);
export const rsvpAnswers = ["yes", "maybe", "no", "waiting"] as const;
export const rsvpAnswer = pgEnum("rsvp_answer", rsvpAnswers);

/**
 * A project or initiative. Descriptions are Markdown with their sanitised rendering stored beside them.
 * An image (uploads module) will be one nullable column here. Personal data: the creator (kept anonymised).
 */
export const spaces = pgTable(
  "spaces",
  {
    id: text().primaryKey().$defaultFn(() => crypto.randomUUID()),
    createdById: text().references(() => users.id, { onDelete: "set null" }),
    name: text().notNull(),
    summary: text().notNull(),
    description: text().notNull(),
    descriptionHtml: text().notNull(),
    visibility: spaceVisibility().notNull().default("public"),
    joinPolicy: spaceJoinPolicy().notNull().default("open"),
    createdAt: createdAt(),
    updatedAt: timestamptz(),
    searchVector: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('german', coalesce(name, '')), 'A') || setweight(to_tsvector('german', coalesce(summary, '')), 'B') || setweight(to_tsvector('german', coalesce(description, '')), 'C')`,
    ),
  },
  (t) => [
    index("spaces_list_idx").on(t.createdAt.desc(), t.id.desc()),
    index("spaces_search_idx").using("gin", t.searchVector),
    index("spaces_created_by_idx").on(t.createdById),
  ],
);

export const spaceLocalities = pgTable(
  "space_localities",
  {
    spaceId: text().notNull().references(() => spaces.id, { onDelete: "cascade" }),
    localityId: integer().notNull().references(() => localities.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.localityId] }), index("space_localities_locality_idx").on(t.localityId, t.spaceId)],
);

export const spaceTopics = pgTable(
  "space_topics",
  {
    spaceId: text().notNull().references(() => spaces.id, { onDelete: "cascade" }),
    topicId: integer().notNull().references(() => topics.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.topicId] }), index("space_topics_topic_idx").on(t.topicId, t.spaceId)],
);

/** Partners in the administration: a department, optionally with a named staff contact who gets the space's updates. */
export const spacePartners = pgTable(
  "space_partners",
  {
    id: text().primaryKey().$defaultFn(() => crypto.randomUUID()),
    spaceId: text().notNull().references(() => spaces.id, { onDelete: "cascade" }),
    departmentId: integer().notNull().references(() => departments.id, { onDelete: "cascade" }),
    contactId: text().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [uniqueIndex("space_partners_unique_idx").on(t.spaceId, t.departmentId), index("space_partners_contact_idx").on(t.contactId)],
);

/** Who belongs to a space, in which role, or who asked / was invited. */
export const spaceMembers = pgTable(
  "space_members",
  {
    spaceId: text().notNull().references(() => spaces.id, { onDelete: "cascade" }),
    userId: text().notNull().references(() => users.id, { onDelete: "cascade" }),
    membership: spaceMembership().notNull(),
    /** The request's own words, or the invitation's. */
    message: text(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.userId] }), index("space_members_user_idx").on(t.userId, t.spaceId)],
);

/** Following a public space without joining it. */
export const spaceFollows = pgTable(
  "space_follows",
  {
    spaceId: text().notNull().references(() => spaces.id, { onDelete: "cascade" }),
    userId: text().notNull().references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.userId] }), index("space_follows_user_idx").on(t.userId)],
);

/** The stream: Markdown posts by members. Hidden by an organiser (first line) or a moderation decision. */
export const spacePosts = pgTable(
  "space_posts",
  {
    id: text().primaryKey().$defaultFn(() => crypto.randomUUID()),
    spaceId: text().notNull().references(() => spaces.id, { onDelete: "cascade" }),
    authorId: text().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    bodyHtml: text().notNull(),
    pinned: boolean().notNull().default(false),
    hiddenByOrganiserId: text().references(() => users.id, { onDelete: "set null" }),
    hiddenByDecisionId: text().references(() => moderationDecisions.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    editedAt: timestamptz(),
    searchVector: tsvector().generatedAlwaysAs(sql`to_tsvector('german', coalesce(body, ''))`),
  },
  (t) => [
    index("space_posts_search_idx").using("gin", t.searchVector),
    index("space_posts_stream_idx").on(t.spaceId, t.createdAt.desc(), t.id.desc()),
    index("space_posts_author_idx").on(t.authorId),
    index("space_posts_hidden_by_idx").on(t.hiddenByOrganiserId).where(sql`hidden_by_organiser_id is not null`),
  ],
);

/** An event (Termin) of a space; capacity null means unlimited. */
export const spaceEvents = pgTable(
  "space_events",
  {
    id: text().primaryKey().$defaultFn(() => crypto.randomUUID()),
    spaceId: text().notNull().references(() => spaces.id, { onDelete: "cascade" }),
    createdById: text().references(() => users.id, { onDelete: "set null" }),
    title: text().notNull(),
    startsAt: timestamptz().notNull(),
    endsAt: timestamptz().notNull(),
    place: text().notNull(),
    localityId: integer().references(() => localities.id, { onDelete: "set null" }),
    description: text().notNull(),
    capacity: integer(),
    createdAt: createdAt(),
    /** When the attendees were reminded (24 hours ahead, once per event). */
    reminderSentAt: timestamptz(),
    searchVector: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(place, '')), 'B') || setweight(to_tsvector('german', coalesce(description, '')), 'C')`,
    ),
  },
  (t) => [
    index("space_events_search_idx").using("gin", t.searchVector),
    index("space_events_space_idx").on(t.spaceId, t.startsAt, t.id),
    // The district's calendar: every public space's events, soonest first.
    index("space_events_start_idx").on(t.startsAt, t.id),
    index("space_events_created_by_idx").on(t.createdById),
  ],
);

/** One answer per person and event; "waiting" is the waiting list in order of createdAt. */
export const spaceEventRsvps = pgTable(
  "space_event_rsvps",
  {
    eventId: text().notNull().references(() => spaceEvents.id, { onDelete: "cascade" }),
    userId: text().notNull().references(() => users.id, { onDelete: "cascade" }),
    answer: rsvpAnswer().notNull(),
    /** Whether others see the person's name in the list of attendees. */
    showName: boolean().notNull().default(false),
    /** When the current answer was given: the waiting list moves up in this order. */
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId] }), index("space_event_rsvps_queue_idx").on(t.eventId, t.answer, t.createdAt), index("space_event_rsvps_user_idx").on(t.userId)],
);
