import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./columns";
import { users } from "./users";

/** What can be reported. A new kind of content adds its name here and an adapter in lib/moderation/targets. */
export const moderationTargetTypes = ["comment", "announcement", "user", "space_post", "concern", "idea", "idea_comment", "message"] as const;
export const reportReasons = ["insult", "hate", "spam", "privacy", "misinformation", "off_topic", "other"] as const;
export const reportStatuses = ["open", "resolved"] as const;
export const decisionKinds = ["dismiss", "hide", "warn", "suspend"] as const;
export const appealStatuses = ["open", "upheld", "reversed"] as const;

export const moderationTargetType = pgEnum("moderation_target_type", moderationTargetTypes);
export const reportReason = pgEnum("report_reason", reportReasons);
export const reportStatus = pgEnum("report_status", reportStatuses);
export const decisionKind = pgEnum("decision_kind", decisionKinds);
export const appealStatus = pgEnum("appeal_status", appealStatuses);

/**
 * A moderator's decision about one target. Every kind but "dismiss" is a statement of reasons to the
 * affected person: the measure, the rule of the terms, the facts, and the way to appeal.
 */
export const moderationDecisions = pgTable(
  "moderation_decisions",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    targetType: moderationTargetType().notNull(),
    targetId: text().notNull(),
    /** The author of the content, or the reported account itself. */
    affectedUserId: text().references(() => users.id, { onDelete: "set null" }),
    moderatorId: text().references(() => users.id, { onDelete: "set null" }),
    kind: decisionKind().notNull(),
    /** Key of the rule of conduct (lib/moderation/rules-of-conduct); null when dismissed. */
    ruleKey: text(),
    /** The terms version in force when the decision was taken. */
    termsVersion: integer().notNull(),
    facts: text().notNull(),
    /** The reported text as it was when decided (content can still be edited or deleted later). */
    contentSnapshot: text(),
    /** Only for "suspend": the end of the suspension; null means indefinitely. */
    suspendedUntil: timestamptz(),
    /** The oldest report this decision resolved, for the time to decision; null without a report. */
    firstReportedAt: timestamptz(),
    createdAt: createdAt(),
    /** Set when an appeal reversed the decision. */
    reversedAt: timestamptz(),
  },
  (t) => [
    index("moderation_decisions_affected_idx").on(t.affectedUserId, t.createdAt),
    index("moderation_decisions_target_idx").on(t.targetType, t.targetId),
    index("moderation_decisions_created_idx").on(t.createdAt),
  ],
);

/** A notice (DSA Art. 16): one member reports one target with a reason and an explanation. */
export const reports = pgTable(
  "reports",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    targetType: moderationTargetType().notNull(),
    targetId: text().notNull(),
    reporterId: text().references(() => users.id, { onDelete: "set null" }),
    reason: reportReason().notNull(),
    explanation: text().notNull(),
    /** The reported text as it was when reported, so an edit afterwards cannot replace the evidence; null for an account. */
    contentSnapshot: text(),
    /**
     * The reporter agreed to take part in a mediation with the author, who then learns who reported.
     * Without it the reporter stays confidential: never proposed as, nor added as, a party of a case opened from this target.
     */
    mediationConsent: boolean().notNull().default(false),
    status: reportStatus().notNull().default("open"),
    claimedById: text().references(() => users.id, { onDelete: "set null" }),
    claimedAt: timestamptz(),
    decisionId: text().references(() => moderationDecisions.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    resolvedAt: timestamptz(),
  },
  (t) => [
    // One open report per reporter and target: a second one while the first is open is refused.
    uniqueIndex("reports_one_open_per_reporter_idx").on(t.reporterId, t.targetType, t.targetId).where(sql`status = 'open'`),
    index("reports_open_queue_idx").on(t.createdAt, t.id).where(sql`status = 'open'`),
    index("reports_target_idx").on(t.targetType, t.targetId, t.status),
    index("reports_decision_idx").on(t.decisionId),
    index("reports_created_idx").on(t.createdAt),
  ],
);

/** The affected person's objection to a decision; one per decision, decided by a different moderator. */
export const appeals = pgTable(
  "appeals",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    decisionId: text()
      .notNull()
      .unique()
      .references(() => moderationDecisions.id, { onDelete: "cascade" }),
    appellantId: text().references(() => users.id, { onDelete: "set null" }),
    statement: text().notNull(),
    status: appealStatus().notNull().default("open"),
    deciderId: text().references(() => users.id, { onDelete: "set null" }),
    outcomeNote: text(),
    createdAt: createdAt(),
    decidedAt: timestamptz(),
  },
  (t) => [index("appeals_status_idx").on(t.status, t.createdAt)],
);
