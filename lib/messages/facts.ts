import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb, type Database, type Transaction } from "@/db/client";
import type { ConversationFacts, MessageAudience, MessageRecipientFacts, ReportableMessageFacts } from "@/lib/policy";

type Db = Database | Transaction;

const ACTIVE = sql.raw(`('member', 'organiser', 'owner')`);

/** "One of the two blocked the other", for the person in column `other`. */
export const blockedBetween = (actorId: string, other: SQL) =>
  sql`exists (select 1 from message_blocks b where (b.blocker_id = ${actorId} and b.blocked_id = ${other}) or (b.blocker_id = ${other} and b.blocked_id = ${actorId}))`;

/** A possible recipient with the facts of "message.start", and how to show them. */
export interface RecipientCandidate {
  username: string;
  displayName: string;
  facts: MessageRecipientFacts;
}

interface CandidateRow {
  id: string;
  username: string | null;
  display_name: string | null;
  reachable: boolean;
  audience: MessageAudience;
  shares_space: boolean;
  partner_space: boolean;
  blocked: boolean;
  [key: string]: unknown;
}

/**
 * People matching `where` (over `u`, the users table) with every fact "message.start" decides on, in one
 * query: their setting, a shared space, a space the actor's department partners, a block either way.
 */
async function recipientCandidates(actorId: string, where: SQL, { order = sql`u.display_name, u.id`, limit = 20 }: { order?: SQL; limit?: number } = {}, db: Db = getDb()) {
  const rows = await db.execute<CandidateRow>(sql`
    select u.id, u.username, u.display_name,
      (u.status <> 'deleted' and u.username is not null and u.display_name is not null) as reachable,
      coalesce(s.audience, 'shared_space') as audience,
      exists (select 1 from space_members a join space_members b on b.space_id = a.space_id
              where a.user_id = ${actorId} and a.membership in ${ACTIVE} and b.user_id = u.id and b.membership in ${ACTIVE}) as shares_space,
      exists (select 1 from space_members m join space_partners p on p.space_id = m.space_id
              where m.user_id = u.id and m.membership in ${ACTIVE}
                and (p.contact_id = ${actorId} or p.department_id = (select department_id from users where id = ${actorId}))) as partner_space,
      ${blockedBetween(actorId, sql`u.id`)} as blocked
    from users u left join message_settings s on s.user_id = u.id
    where ${where}
    order by ${order}
    limit ${limit}`);
  return [...rows].map(
    (row): RecipientCandidate => ({
      username: row.username ?? "",
      displayName: row.display_name ?? "",
      facts: {
        id: row.id,
        audience: row.audience,
        sharesSpace: Boolean(row.shares_space),
        inActorsPartnerSpace: Boolean(row.partner_space),
        blocked: Boolean(row.blocked),
        reachable: Boolean(row.reachable),
      },
    }),
  );
}

/** The facts about the people named by username; `unknown` lists the names that match no account. */
export async function loadRecipientFacts(actorId: string, usernames: readonly string[], db: Db = getDb()) {
  if (usernames.length === 0) return { recipients: [], found: [], unknown: [] };
  const lowered = usernames.map((name) => name.toLowerCase());
  const found = await recipientCandidates(actorId, sql`lower(u.username) in (${sql.join(lowered.map((name) => sql`${name}`), sql`, `)})`, { limit: lowered.length }, db);
  const known = new Set(found.map((candidate) => candidate.username.toLowerCase()));
  return { recipients: found.map((candidate) => candidate.facts), found, unknown: usernames.filter((name) => !known.has(name.toLowerCase())) };
}

/** People whose name or username contains `q`, with their facts (the picker keeps those "message.start" allows). */
export async function searchRecipientCandidates(actorId: string, q: string, limit = 30) {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return recipientCandidates(
    actorId,
    sql`u.id <> ${actorId} and u.status = 'active' and u.username is not null and u.display_name is not null and (u.username ilike ${pattern} or u.display_name ilike ${pattern})`,
    { limit },
  );
}

interface ConversationRow {
  is_group: boolean;
  member: boolean;
  closed: boolean;
  [key: string]: unknown;
}

/** The facts of the rules about a conversation, for `actorId`. Null when there is no such conversation. */
export async function loadConversationFacts(conversationId: string, actorId: string, db: Db = getDb()): Promise<{ conversation: ConversationFacts } | null> {
  const [row] = await db.execute<ConversationRow>(sql`
    select c.is_group,
      (me.user_id is not null and me.left_at is null) as member,
      (not c.is_group and not exists (
        select 1 from conversation_members o join users ou on ou.id = o.user_id
        where o.conversation_id = c.id and o.user_id <> ${actorId} and o.left_at is null and ou.status <> 'deleted'
          and not ${blockedBetween(actorId, sql`o.user_id`)})) as closed
    from conversations c
    left join conversation_members me on me.conversation_id = c.id and me.user_id = ${actorId}
    where c.id = ${conversationId}`);
  return row ? { conversation: { member: Boolean(row.member), isGroup: Boolean(row.is_group), closed: Boolean(row.closed) } } : null;
}

/** The facts of "message.report": the message's sender and the reporter's place in its conversation. */
export async function loadMessageReportFacts(messageId: string, actorId: string): Promise<{ conversation: ConversationFacts; message: ReportableMessageFacts; conversationId: string } | null> {
  const [row] = await getDb().execute<{ conversation_id: string; sender_id: string | null; [key: string]: unknown }>(
    sql`select conversation_id, sender_id from messages where id = ${messageId}`,
  );
  if (!row) return null;
  const facts = await loadConversationFacts(row.conversation_id, actorId);
  return facts && { ...facts, message: { senderId: row.sender_id }, conversationId: row.conversation_id };
}

/** The facts of "message.block": the person exists. */
export async function loadBlockTarget(userId: string): Promise<{ target: { id: string } } | null> {
  const [row] = await getDb().execute<{ id: string; [key: string]: unknown }>(sql`select id from users where id = ${userId} and status <> 'deleted'`);
  return row ? { target: { id: row.id } } : null;
}
