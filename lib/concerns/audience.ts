import "server-only";
import { sql } from "drizzle-orm";
import type { Database, Transaction } from "@/db/client";
import { notifyAudience } from "@/lib/notifications/create";
import type { ConcernStatus } from "./status";

/**
 * Everyone a concern's news reaches: its author and its co-signers (live accounts), never the person
 * who caused the news. One set-based insert, whatever the number of co-signers.
 */
function audience(concernId: string, exceptUserId: string | null, { cosignersOnly = false } = {}) {
  const people = cosignersOnly
    ? sql`select user_id from concern_cosignatures where concern_id = ${concernId}`
    : sql`select author_id as user_id from concerns where id = ${concernId} and author_id is not null
          union select user_id from concern_cosignatures where concern_id = ${concernId}`;
  return sql`select x.user_id from (${people}) x join users u on u.id = x.user_id
    where u.status <> 'deleted' and x.user_id is distinct from ${exceptUserId}`;
}

const thread = (concern: { id: string; title: string }) => ({ key: `concern:${concern.id}`, title: concern.title });

/** The author and co-signers hear of a status change. */
export function notifyStatusChange(concern: { id: string; title: string }, status: ConcernStatus, actorId: string | null, tx: Database | Transaction) {
  return notifyAudience({ audience: audience(concern.id, actorId), kind: "concern_status_changed", data: { concernId: concern.id, status }, thread: thread(concern) }, tx);
}

/** The co-signers hear of the author's update. */
export function notifyAuthorUpdate(concern: { id: string; title: string }, authorId: string, tx: Database | Transaction) {
  return notifyAudience({ audience: audience(concern.id, authorId, { cosignersOnly: true }), kind: "concern_author_update", data: { concernId: concern.id }, thread: thread(concern) }, tx);
}
