import "server-only";
import { sql } from "drizzle-orm";
import type { Database, Transaction } from "@/db/client";
import { notifyAudience } from "@/lib/notifications/create";
import type { IdeaStatus } from "./status";

/**
 * The idea's author and its supporters (live accounts), never the staff member who answered. One
 * set-based insert, whatever the number of supporters.
 */
function audience(ideaId: string, exceptUserId: string | null) {
  return sql`select x.user_id from (
      select author_id as user_id from ideas where id = ${ideaId} and author_id is not null
      union select user_id from idea_supports where idea_id = ${ideaId}
    ) x join users u on u.id = x.user_id
    where u.status <> 'deleted' and x.user_id is distinct from ${exceptUserId}`;
}

/** The author and supporters hear of the official answer and the status it set. */
export function notifyIdeaAnswered(idea: { id: string; title: string }, status: IdeaStatus, actorId: string, tx: Database | Transaction) {
  return notifyAudience(
    { audience: audience(idea.id, actorId), kind: "idea_answered", data: { ideaId: idea.id, status }, thread: { key: `idea:${idea.id}`, title: idea.title } },
    tx,
  );
}
