import "server-only";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import { and, asc, desc, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { appeals, moderationDecisions, reports, users } from "@/db/schema";
import type { decisionKinds, reportReasons } from "@/db/schema/moderation";
import { decodeKeyset, encodeKeyset } from "@/lib/pagination";
import { z } from "zod";
import type { AppealableDecisionFacts, AppealFacts, DecisionTargetFacts, ReportTargetFacts } from "@/lib/policy";
import { loadTarget, type ModerationTarget, type TargetPerson, type TargetType } from "./targets";

export type ReportReason = (typeof reportReasons)[number];
export type DecisionKind = (typeof decisionKinds)[number];

const QUEUE_PAGE_SIZE = 25;

type PersonTable = { id: AnyPgColumn; displayName: AnyPgColumn; username: AnyPgColumn; role: AnyPgColumn; verification: AnyPgColumn };
/** Works for `users` and its aliases (reporter, moderator, …). */
const personColumns = <T extends PersonTable>(table: T) => ({
  id: table.id,
  displayName: table.displayName,
  username: table.username,
  role: table.role,
  verification: table.verification,
});

type PersonRow = { id: string | null; displayName: string | null; username: string | null; role: TargetPerson["role"] | null; verification: TargetPerson["verification"] | null };
/** A joined person (left join: all null when nobody), as the DTO the pages show. */
function toPerson(joined: { [K in keyof PersonRow]: unknown } | null): TargetPerson | null {
  const row = joined as PersonRow | null;
  return row && row.id && row.role && row.verification
    ? { id: row.id, displayName: row.displayName, username: row.username, role: row.role, verification: row.verification }
    : null;
}

// ---------------------------------------------------------------- subjects for the policy

/** The subject of "report.create": whose the target is. Null when it does not exist. */
export async function loadReportSubject(type: TargetType, id: string): Promise<{ target: ReportTargetFacts } | null> {
  const target = await loadTarget(type, id);
  return target && { target: { authorId: target.author?.id ?? null } };
}

/** What a decision is about: the live target, or (for reports on content that has vanished since) nothing but its reference. */
export interface DecisionSubject {
  target: DecisionTargetFacts;
  ref: { type: TargetType; id: string };
  author: TargetPerson | null;
}

/** The subject of "moderation.decide"; null when neither the target nor any report on it exists. */
export async function loadDecisionSubject(type: TargetType, id: string): Promise<DecisionSubject | null> {
  const target = await loadTarget(type, id);
  if (target) {
    return {
      target: { affectedUserId: target.author?.id ?? null, affectedRole: target.author?.role ?? null, hideable: target.hideable },
      ref: { type, id },
      author: target.author,
    };
  }
  const [report] = await getDb()
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.targetType, type), eq(reports.targetId, id)))
    .limit(1);
  return report ? { target: { affectedUserId: null, affectedRole: null, hideable: false }, ref: { type, id }, author: null } : null;
}

/** The subject of "moderation.decision.read". */
export async function loadDecisionReadFacts(decisionId: string): Promise<{ decision: { affectedUserId: string | null } } | null> {
  const [row] = await getDb()
    .select({ affectedUserId: moderationDecisions.affectedUserId })
    .from(moderationDecisions)
    .where(eq(moderationDecisions.id, decisionId));
  return row ? { decision: row } : null;
}

/** The subject of "moderation.appeal.submit". */
export async function loadAppealableDecision(decisionId: string): Promise<{ decision: AppealableDecisionFacts } | null> {
  const [row] = await getDb()
    .select({
      affectedUserId: moderationDecisions.affectedUserId,
      kind: moderationDecisions.kind,
      createdAt: moderationDecisions.createdAt,
      reversedAt: moderationDecisions.reversedAt,
      appealId: appeals.id,
    })
    .from(moderationDecisions)
    .leftJoin(appeals, eq(appeals.decisionId, moderationDecisions.id))
    .where(eq(moderationDecisions.id, decisionId));
  if (!row) return null;
  return {
    decision: { affectedUserId: row.affectedUserId, kind: row.kind, createdAt: row.createdAt, alreadyAppealed: row.appealId !== null, reversed: row.reversedAt !== null },
  };
}

/** The subject of "moderation.appeal.decide". */
export async function loadAppealFacts(appealId: string): Promise<{ appeal: AppealFacts } | null> {
  const [row] = await getDb()
    .select({ status: appeals.status, decidedById: moderationDecisions.moderatorId })
    .from(appeals)
    .innerJoin(moderationDecisions, eq(moderationDecisions.id, appeals.decisionId))
    .where(eq(appeals.id, appealId));
  return row ? { appeal: { open: row.status === "open", decidedById: row.decidedById } } : null;
}

// ---------------------------------------------------------------- the queue

export const QUEUE_STATES = ["unclaimed", "claimed", "resolved"] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

export interface QueueItem {
  type: TargetType;
  id: string;
  reportCount: number;
  reasons: ReportReason[];
  /** The oldest open report (open states) or the decision's time (resolved). */
  since: Date;
  claimedBy: TargetPerson | null;
  /** Null when the content has vanished since it was reported. */
  target: ModerationTarget | null;
  /** For resolved items: what was decided. */
  decision: { id: string; kind: DecisionKind; reversed: boolean } | null;
}

const queueCursorSchema = z.object({ at: z.iso.datetime(), key: z.string().min(1).max(200) });
const claimer = alias(users, "claimer");

/**
 * Open reports grouped by target, oldest first, with their count and reasons; "resolved" lists the
 * decisions taken on reports, newest first. A reason filter keeps targets with at least one report
 * for that reason (their counts still include every report).
 */
export async function listQueue({ state = "unclaimed", reason, after }: { state?: QueueState; reason?: ReportReason; after?: string }) {
  const cursor = decodeKeyset(after, queueCursorSchema);
  if (state === "resolved") return listResolved({ reason, cursor });

  const oldest = sql<Date>`min(${reports.createdAt})`;
  const key = sql<string>`${reports.targetType}::text || ':' || ${reports.targetId}`;
  const rows = await getDb()
    .select({
      type: reports.targetType,
      id: reports.targetId,
      reportCount: sql<number>`count(*)::int`,
      reasons: sql<ReportReason[]>`array_agg(distinct ${reports.reason})`,
      since: sql<string>`min(${reports.createdAt})`,
      claimedById: sql<string | null>`min(${reports.claimedById})`,
    })
    .from(reports)
    .where(eq(reports.status, "open"))
    .groupBy(reports.targetType, reports.targetId)
    .having(
      and(
        reason ? sql`bool_or(${reports.reason} = ${reason})` : undefined,
        state === "unclaimed" ? sql`bool_and(${reports.claimedById} is null)` : sql`bool_or(${reports.claimedById} is not null)`,
        cursor ? sql`(${oldest}, ${key}) > (${cursor.at}::timestamptz, ${cursor.key})` : undefined,
      ),
    )
    .orderBy(asc(oldest), asc(key))
    .limit(QUEUE_PAGE_SIZE + 1);

  const page = rows.slice(0, QUEUE_PAGE_SIZE);
  const items = await Promise.all(
    page.map(async (row): Promise<QueueItem> => {
      const [target, claimedBy] = await Promise.all([loadTarget(row.type, row.id), row.claimedById ? loadPerson(row.claimedById) : null]);
      return { type: row.type, id: row.id, reportCount: row.reportCount, reasons: row.reasons, since: new Date(row.since), claimedBy, target, decision: null };
    }),
  );
  const last = page.at(-1);
  const nextCursor = rows.length > QUEUE_PAGE_SIZE && last ? encodeKeyset({ at: new Date(last.since).toISOString(), key: `${last.type}:${last.id}` }) : null;
  return { items, nextCursor };
}

async function listResolved({ reason, cursor }: { reason?: ReportReason; cursor: z.infer<typeof queueCursorSchema> | null }) {
  const rows = await getDb()
    .select({
      decisionId: moderationDecisions.id,
      type: moderationDecisions.targetType,
      id: moderationDecisions.targetId,
      kind: moderationDecisions.kind,
      createdAt: moderationDecisions.createdAt,
      reversedAt: moderationDecisions.reversedAt,
      moderator: personColumns(claimer),
      reportCount: sql<number>`(select count(*)::int from ${reports} where ${reports.decisionId} = ${moderationDecisions.id})`,
      reasons: sql<ReportReason[]>`(select coalesce(array_agg(distinct ${reports.reason}), '{}') from ${reports} where ${reports.decisionId} = ${moderationDecisions.id})`,
    })
    .from(moderationDecisions)
    .leftJoin(claimer, eq(claimer.id, moderationDecisions.moderatorId))
    .where(
      and(
        sql`exists (select 1 from ${reports} where ${reports.decisionId} = ${moderationDecisions.id}${reason ? sql` and ${reports.reason} = ${reason}` : sql``})`,
        cursor ? sql`(${moderationDecisions.createdAt}, ${moderationDecisions.id}) < (${cursor.at}::timestamptz, ${cursor.key})` : undefined,
      ),
    )
    .orderBy(desc(moderationDecisions.createdAt), desc(moderationDecisions.id))
    .limit(QUEUE_PAGE_SIZE + 1);
  const page = rows.slice(0, QUEUE_PAGE_SIZE);
  const items = await Promise.all(
    page.map(async (row): Promise<QueueItem> => ({
      type: row.type,
      id: row.id,
      reportCount: row.reportCount,
      reasons: row.reasons,
      since: row.createdAt,
      claimedBy: toPerson(row.moderator),
      target: await loadTarget(row.type, row.id),
      decision: { id: row.decisionId, kind: row.kind, reversed: row.reversedAt !== null },
    })),
  );
  const last = page.at(-1);
  const nextCursor = rows.length > QUEUE_PAGE_SIZE && last ? encodeKeyset({ at: last.createdAt.toISOString(), key: last.decisionId }) : null;
  return { items, nextCursor };
}

async function loadPerson(id: string): Promise<TargetPerson | null> {
  const [row] = await getDb().select(personColumns(users)).from(users).where(eq(users.id, id));
  return toPerson(row ?? null);
}

export async function countOpenAppeals(): Promise<number> {
  const [row] = await getDb().select({ value: sql<number>`count(*)::int` }).from(appeals).where(eq(appeals.status, "open"));
  return row?.value ?? 0;
}

// ---------------------------------------------------------------- one target in review

export interface ReportOnTarget {
  id: string;
  reason: ReportReason;
  explanation: string;
  createdAt: Date;
  open: boolean;
  reporter: TargetPerson | null;
  claimedBy: TargetPerson | null;
}

export interface DecisionSummary {
  id: string;
  targetType: TargetType;
  targetId: string;
  kind: DecisionKind;
  ruleKey: string | null;
  facts: string;
  createdAt: Date;
  suspendedUntil: Date | null;
  reversedAt: Date | null;
  moderator: TargetPerson | null;
  appealStatus: "open" | "upheld" | "reversed" | null;
}

export interface TargetReview {
  ref: { type: TargetType; id: string };
  /** Null when the content has vanished since it was reported. */
  target: ModerationTarget | null;
  reports: ReportOnTarget[];
  /** Earlier decisions about this target. */
  decisions: DecisionSummary[];
  /** Earlier decisions about the author, on any target. */
  authorHistory: DecisionSummary[];
  /** Who holds the open reports, if anyone. */
  claimedBy: TargetPerson | null;
}

const reporter = alias(users, "reporter");

async function listDecisions(where: ReturnType<typeof eq>, limit = 20): Promise<DecisionSummary[]> {
  const moderator = alias(users, "moderator");
  const rows = await getDb()
    .select({
      id: moderationDecisions.id,
      targetType: moderationDecisions.targetType,
      targetId: moderationDecisions.targetId,
      kind: moderationDecisions.kind,
      ruleKey: moderationDecisions.ruleKey,
      facts: moderationDecisions.facts,
      createdAt: moderationDecisions.createdAt,
      suspendedUntil: moderationDecisions.suspendedUntil,
      reversedAt: moderationDecisions.reversedAt,
      moderator: personColumns(moderator),
      appealStatus: appeals.status,
    })
    .from(moderationDecisions)
    .leftJoin(moderator, eq(moderator.id, moderationDecisions.moderatorId))
    .leftJoin(appeals, eq(appeals.decisionId, moderationDecisions.id))
    .where(where)
    .orderBy(desc(moderationDecisions.createdAt), desc(moderationDecisions.id))
    .limit(limit);
  return rows.map((row) => ({ ...row, moderator: toPerson(row.moderator) }));
}

/** Everything a moderator needs to decide about one target; null when neither it nor a report on it exists. */
export async function getTargetReview(type: TargetType, id: string): Promise<TargetReview | null> {
  const [target, reportRows] = await Promise.all([
    loadTarget(type, id),
    getDb()
      .select({
        id: reports.id,
        reason: reports.reason,
        explanation: reports.explanation,
        createdAt: reports.createdAt,
        status: reports.status,
        reporter: personColumns(reporter),
        claimer: personColumns(claimer),
      })
      .from(reports)
      .leftJoin(reporter, eq(reporter.id, reports.reporterId))
      .leftJoin(claimer, eq(claimer.id, reports.claimedById))
      .where(and(eq(reports.targetType, type), eq(reports.targetId, id)))
      // Open ones first (the enum orders open before resolved), oldest first.
      .orderBy(asc(reports.status), asc(reports.createdAt))
      .limit(200),
  ]);
  if (!target && reportRows.length === 0) return null;
  const authorId = target?.author?.id;
  const [decisions, authorHistory] = await Promise.all([
    listDecisions(and(eq(moderationDecisions.targetType, type), eq(moderationDecisions.targetId, id))!),
    authorId ? listDecisions(eq(moderationDecisions.affectedUserId, authorId)) : Promise.resolve([]),
  ]);
  const list = reportRows.map((row) => ({
    id: row.id,
    reason: row.reason,
    explanation: row.explanation,
    createdAt: row.createdAt,
    open: row.status === "open",
    reporter: toPerson(row.reporter),
    claimedBy: toPerson(row.claimer),
  }));
  return {
    ref: { type, id },
    target,
    reports: list,
    decisions,
    authorHistory: authorHistory.filter((d) => !(d.targetType === type && d.targetId === id)),
    claimedBy: list.find((r) => r.open && r.claimedBy)?.claimedBy ?? null,
  };
}

// ---------------------------------------------------------------- appeals

export interface AppealListItem {
  id: string;
  createdAt: Date;
  statement: string;
  appellant: TargetPerson | null;
  decision: DecisionSummary;
}

/** Open appeals, oldest first, with the decision under appeal. */
export async function listOpenAppeals(): Promise<AppealListItem[]> {
  const appellant = alias(users, "appellant");
  const rows = await getDb()
    .select({ id: appeals.id, createdAt: appeals.createdAt, statement: appeals.statement, decisionId: appeals.decisionId, appellant: personColumns(appellant) })
    .from(appeals)
    .leftJoin(appellant, eq(appellant.id, appeals.appellantId))
    .where(eq(appeals.status, "open"))
    .orderBy(asc(appeals.createdAt), asc(appeals.id))
    .limit(100);
  const decisions = await Promise.all(rows.map((row) => listDecisions(eq(moderationDecisions.id, row.decisionId), 1)));
  return rows.flatMap((row, i) => {
    const decision = decisions[i]?.[0];
    return decision ? [{ id: row.id, createdAt: row.createdAt, statement: row.statement, appellant: toPerson(row.appellant), decision }] : [];
  });
}

export interface AppealReview {
  id: string;
  status: "open" | "upheld" | "reversed";
  statement: string;
  createdAt: Date;
  decidedAt: Date | null;
  outcomeNote: string | null;
  appellant: TargetPerson | null;
  decider: TargetPerson | null;
  decision: DecisionSummary;
  target: ModerationTarget | null;
  /** The reports the decision resolved. */
  reports: ReportOnTarget[];
}

export async function getAppealReview(appealId: string): Promise<AppealReview | null> {
  const appellant = alias(users, "appellant");
  const decider = alias(users, "decider");
  const [row] = await getDb()
    .select({
      id: appeals.id,
      status: appeals.status,
      statement: appeals.statement,
      createdAt: appeals.createdAt,
      decidedAt: appeals.decidedAt,
      outcomeNote: appeals.outcomeNote,
      decisionId: appeals.decisionId,
      appellant: personColumns(appellant),
      decider: personColumns(decider),
    })
    .from(appeals)
    .leftJoin(appellant, eq(appellant.id, appeals.appellantId))
    .leftJoin(decider, eq(decider.id, appeals.deciderId))
    .where(eq(appeals.id, appealId));
  if (!row) return null;
  const [decision] = await listDecisions(eq(moderationDecisions.id, row.decisionId), 1);
  if (!decision) return null;
  const [target, reportRows] = await Promise.all([
    loadTarget(decision.targetType, decision.targetId),
    getDb()
      .select({ id: reports.id, reason: reports.reason, explanation: reports.explanation, createdAt: reports.createdAt, reporter: personColumns(reporter) })
      .from(reports)
      .leftJoin(reporter, eq(reporter.id, reports.reporterId))
      .where(eq(reports.decisionId, decision.id))
      .orderBy(asc(reports.createdAt))
      .limit(200),
  ]);
  return {
    id: row.id,
    status: row.status,
    statement: row.statement,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
    outcomeNote: row.outcomeNote,
    appellant: toPerson(row.appellant),
    decider: toPerson(row.decider),
    decision,
    target,
    reports: reportRows.map((r) => ({ ...r, open: false, reporter: toPerson(r.reporter), claimedBy: null })),
  };
}

// ---------------------------------------------------------------- the affected person's view

export interface Statement {
  id: string;
  kind: DecisionKind;
  ruleKey: string | null;
  termsVersion: number;
  facts: string;
  createdAt: Date;
  suspendedUntil: Date | null;
  reversedAt: Date | null;
  affectedUserId: string | null;
  /** What the decision was about, as its author sees it (their own content). */
  target: ModerationTarget | null;
  targetType: TargetType;
  appeal: { status: "open" | "upheld" | "reversed"; statement: string; createdAt: Date; outcomeNote: string | null; decidedAt: Date | null } | null;
}

/** A statement of reasons. Who may read it is the policy's question ("moderation.decision.read"). */
export async function getStatement(decisionId: string): Promise<Statement | null> {
  const [row] = await getDb()
    .select({
      id: moderationDecisions.id,
      kind: moderationDecisions.kind,
      ruleKey: moderationDecisions.ruleKey,
      termsVersion: moderationDecisions.termsVersion,
      facts: moderationDecisions.facts,
      createdAt: moderationDecisions.createdAt,
      suspendedUntil: moderationDecisions.suspendedUntil,
      reversedAt: moderationDecisions.reversedAt,
      affectedUserId: moderationDecisions.affectedUserId,
      targetType: moderationDecisions.targetType,
      targetId: moderationDecisions.targetId,
      appealStatus: appeals.status,
      appealStatement: appeals.statement,
      appealCreatedAt: appeals.createdAt,
      appealNote: appeals.outcomeNote,
      appealDecidedAt: appeals.decidedAt,
    })
    .from(moderationDecisions)
    .leftJoin(appeals, eq(appeals.decisionId, moderationDecisions.id))
    .where(eq(moderationDecisions.id, decisionId));
  if (!row) return null;
  const { appealStatus, appealStatement, appealCreatedAt, appealNote, appealDecidedAt, targetId, ...decision } = row;
  return {
    ...decision,
    target: await loadTarget(row.targetType, targetId),
    appeal:
      appealStatus && appealStatement !== null && appealCreatedAt
        ? { status: appealStatus, statement: appealStatement, createdAt: appealCreatedAt, outcomeNote: appealNote, decidedAt: appealDecidedAt }
        : null,
  };
}

/** The decisions about a person that came with a statement of reasons, newest first. */
export async function listStatementsAbout(userId: string) {
  return listDecisions(and(eq(moderationDecisions.affectedUserId, userId), ne(moderationDecisions.kind, "dismiss"))!, 50);
}

/** The moderation decision whose suspension is in force for a person; null for none or an admin's suspension. */
export async function findSuspensionDecision(userId: string): Promise<DecisionSummary | null> {
  const [account] = await getDb()
    .select({ status: users.status, decisionId: users.suspendedByDecisionId })
    .from(users)
    .where(eq(users.id, userId));
  if (account?.status !== "suspended" || !account.decisionId) return null;
  const [decision] = await listDecisions(eq(moderationDecisions.id, account.decisionId), 1);
  return decision ?? null;
}
