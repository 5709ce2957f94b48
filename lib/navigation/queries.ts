import "server-only";
import { and, count, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mediationParties, moderationDecisions, notifications, reports } from "@/db/schema";

/** What the header shows about the signed-in person besides their name. */
export interface HeaderFacts {
  unreadNotifications: number;
  /** Conversations with a message the person has not read yet. */
  unreadConversations: number;
  /** A decision with a statement of reasons about them exists: "Entscheidungen" is worth a link. */
  hasDecisions: boolean;
  /** They are a party to a mediation case: "Schlichtung" is worth a link. */
  hasMediationCases: boolean;
  /** Open reports in the queue; null unless asked for (moderators). */
  openReports: number | null;
}

/**
 * Everything the header needs in one round trip, every part along an index: notifications_unread_idx,
 * conversation_members_user_idx (then each conversation by its key), moderation_decisions_affected_idx,
 * mediation_parties_user_idx and (only for moderators) the partial
 * reports_open_queue_idx. The header renders on every request, so this is the only query it adds.
 */
export async function getHeaderFacts({ userId, withOpenReports }: { userId: string; withOpenReports: boolean }): Promise<HeaderFacts> {
  const db = getDb();
  const unread = db.select({ value: count() }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  const decision = db
    .select({ one: sql`1` })
    .from(moderationDecisions)
    .where(and(eq(moderationDecisions.affectedUserId, userId), ne(moderationDecisions.kind, "dismiss")));
  const mediation = db.select({ one: sql`1` }).from(mediationParties).where(eq(mediationParties.userId, userId));
  const unreadConversations = sql`select count(*) from conversation_members me join conversations c on c.id = me.conversation_id
    where me.user_id = ${userId} and me.left_at is null and c.last_message_at > me.last_read_at`;
  const open = db.select({ value: count() }).from(reports).where(eq(reports.status, "open"));
  const [row] = await db.execute<{ unread: number; unread_conversations: number; has_decisions: boolean; has_cases: boolean; open_reports: number | null }>(sql`
    select (${unread})::int as unread,
           (${unreadConversations})::int as unread_conversations,
           exists(${decision}) as has_decisions,
           exists(${mediation}) as has_cases,
           ${withOpenReports ? sql`(${open})::int` : sql`null::int`} as open_reports`);
  return {
    unreadNotifications: Number(row?.unread ?? 0),
    unreadConversations: Number(row?.unread_conversations ?? 0),
    hasDecisions: Boolean(row?.has_decisions),
    hasMediationCases: Boolean(row?.has_cases),
    openReports: row?.open_reports === null || row?.open_reports === undefined ? null : Number(row.open_reports),
  };
}
