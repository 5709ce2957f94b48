import "server-only";
import { sql } from "drizzle-orm";
import { getDb, type Database, type Transaction } from "@/db/client";
import { notifyAudience } from "@/lib/notifications/create";

/** Announcements older than this when the job first sees them are not announced any more (e.g. data from before this feature). */
const CATCH_UP_WINDOW = sql`interval '1 day'`;

/**
 * Tells the followers of an announcement's localities (a whole-district one: of any locality) and
 * topics that it is visible, once: marks it notified in the same transaction. Its author is not told.
 */
export async function notifyFollowers(announcement: { id: string; title: string; authorId: string | null }, tx: Database | Transaction) {
  const audience = sql`
    select f.user_id from followed_localities f
    where f.locality_id in (select locality_id from announcement_localities where announcement_id = ${announcement.id})
       or exists (select 1 from announcements a where a.id = ${announcement.id} and a.whole_district)
    union
    select t.user_id from followed_topics t
    where t.topic_id in (select topic_id from announcement_topics where announcement_id = ${announcement.id})`;
  const active = sql`select x.user_id from (${audience}) x join users u on u.id = x.user_id
    where u.status = 'active' and x.user_id is distinct from ${announcement.authorId}`;
  const count = await notifyAudience(
    { audience: active, kind: "announcement_published", data: { announcementId: announcement.id }, thread: { key: `announcement:${announcement.id}`, title: announcement.title } },
    tx,
  );
  await tx.execute(sql`update announcements set notified_at = now() where id = ${announcement.id}`);
  return count;
}

/**
 * The minutely job: every published, visible announcement whose time has come and whose followers
 * were not told yet — a scheduled one at its publication time (also after its time was edited), not
 * when it was written. SKIP LOCKED: two workers never announce the same one.
 */
export async function notifyDueAnnouncements(now = new Date()) {
  return getDb().transaction(async (tx) => {
    const due = await tx.execute<{ id: string; title: string; author_id: string | null }>(sql`
      select id, title, author_id from announcements
      where status = 'published' and notified_at is null and hidden_by_decision_id is null
        and publish_at <= ${now.toISOString()}::timestamptz and publish_at > ${now.toISOString()}::timestamptz - ${CATCH_UP_WINDOW}
        and (expires_at is null or expires_at > ${now.toISOString()}::timestamptz)
      order by publish_at limit 50
      for update skip locked`);
    let notified = 0;
    for (const row of due) notified += await notifyFollowers({ id: row.id, title: row.title, authorId: row.author_id }, tx);
    return { announcements: due.length, notified };
  });
}
