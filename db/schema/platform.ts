import { bigint, index, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./columns";
import { users } from "./users";

/** Buckets of rate-limiter-flexible's Drizzle store: shared by every app instance. */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text().primaryKey(),
    points: integer().notNull().default(0),
    expire: timestamptz(),
  },
  (t) => [index("rate_limits_expire_idx").on(t.expire)],
);

/**
 * Append-only record of every administrative and moderation action. The app never updates rows; only
 * the retention rule deletes entries older than the district's period (lib/privacy/retention.ts).
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: text().references(() => users.id, { onDelete: "set null" }),
    action: text().notNull(),
    targetType: text().notNull(),
    targetId: text(),
    reason: text(),
    details: jsonb().$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_log_created_at_idx").on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("audit_log_target_idx").on(t.targetType, t.targetId),
    index("audit_log_actor_idx").on(t.actorId),
  ],
);

/**
 * When a path (and everything below it) of the page cache was last invalidated, in milliseconds since
 * the epoch: shared by every app instance, read on each cached page (lib/cache/next-cache-handler.cjs).
 */
export const cacheInvalidations = pgTable("cache_invalidations", {
  path: text().primaryKey(),
  invalidatedAt: bigint({ mode: "number" }).notNull(),
});
