import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { getDb } from "@/db/client";
import { moderationDecisions, reports, users } from "@/db/schema";
import { decodeKeyset, encodeKeyset } from "@/lib/pagination";
import { loadPeople } from "../people";
import { personColumns, toPersonIncludingDeleted, type TargetPerson } from "../person";
import { loadTargets, type ModerationTarget, type TargetType } from "../targets";
import type { DecisionKind, ReportReason } from "../types";

const QUEUE_PAGE_SIZE = 25;

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
 * for that reason (their counts still include every report). A page costs the same few queries
 * whatever its size: the rows, then the targets (one query per kind) and the claimers in batches.
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
  const [targets, claimers] = await Promise.all([loadTargets(page), loadPeople(page.map((row) => row.claimedById))]);
  const items = page.map(
    (row): QueueItem => ({
      type: row.type,
      id: row.id,
      reportCount: row.reportCount,
      reasons: row.reasons,
      since: new Date(row.since),
      claimedBy: row.claimedById ? (claimers.get(row.claimedById) ?? null) : null,
      target: targets.get(row.type, row.id),
      decision: null,
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
  const targets = await loadTargets(page);
  const items = page.map(
    (row): QueueItem => ({
      type: row.type,
      id: row.id,
      reportCount: row.reportCount,
      reasons: row.reasons,
      since: row.createdAt,
      claimedBy: toPersonIncludingDeleted(row.moderator),
      target: targets.get(row.type, row.id),
      decision: { id: row.decisionId, kind: row.kind, reversed: row.reversedAt !== null },
    }),
  );
  const last = page.at(-1);
  const nextCursor = rows.length > QUEUE_PAGE_SIZE && last ? encodeKeyset({ at: last.createdAt.toISOString(), key: last.decisionId }) : null;
  return { items, nextCursor };
}
