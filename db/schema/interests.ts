import { index, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { localities, topics } from "./district";
import { users } from "./users";

/** The localities a member follows on "Mein Kiez" (several allowed; the home locality among them). */
export const followedLocalities = pgTable(
  "followed_localities",
  {
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    localityId: integer()
      .notNull()
      .references(() => localities.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.localityId] })],
);

export const followedTopics = pgTable(
  "followed_topics",
  {
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    topicId: integer()
      .notNull()
      .references(() => topics.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.topicId] }), index("followed_topics_topic_idx").on(t.topicId)],
);
