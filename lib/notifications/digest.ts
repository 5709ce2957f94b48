import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sendMail } from "@/lib/mail/send";
import { isKnownKind } from "./kinds";
import { renderDigestMail, type DigestGroup, type MailRecipient } from "./render-mail";

export type DigestPeriod = "daily" | "weekly";

/** People per batch: one query selects them, one query loads all their items. */
export const DIGEST_BATCH = 500;
const MARK_EVERY = 25;

// Unsent, unread digest items of a period, by the person's preference as it is now (a kind switched
// to "only in-app" since is no longer mailed), never an essential kind (those went out immediately).
const pending = (period: DigestPeriod) => sql`
  n.mailed_at is null and n.read_at is null and n.channel in ('daily', 'weekly')
  and coalesce(p.channel, n.channel) = ${period}::notification_channel`;

interface GroupRow extends Record<string, unknown> {
  user_id: string;
  email: string;
  name: string | null;
  locale: string;
  kind: string;
  thread_title: string | null;
  count: number;
  ids: string[];
}

export interface DigestRun {
  recipients: number;
  items: number;
  failed: number;
}

/** The people with something new, after `after`, in id order: set-based, never one job per subscriber. */
async function recipientBatch(period: DigestPeriod, after: string, limit: number, until: Date): Promise<string[]> {
  const rows = await getDb().execute<{ user_id: string }>(sql`
    select distinct n.user_id from notifications n
    left join notification_preferences p on p.user_id = n.user_id and p.kind = n.kind
    where ${pending(period)} and n.created_at <= ${until.toISOString()}::timestamptz and n.user_id > ${after}
    order by n.user_id limit ${limit}`);
  return [...rows].map((r) => r.user_id);
}

/** All their items, grouped by person, kind and thread, oldest thread first: one query per batch. */
async function groupsFor(period: DigestPeriod, userIds: string[], until: Date): Promise<GroupRow[]> {
  const rows = await getDb().execute<GroupRow>(sql`
    select n.user_id, u.email, u.display_name as name, u.locale, n.kind, max(n.thread_title) as thread_title,
           count(*)::int as count, array_agg(n.id) as ids
    from notifications n
    join users u on u.id = n.user_id and u.status <> 'deleted'
    left join notification_preferences p on p.user_id = n.user_id and p.kind = n.kind
    where n.user_id in (select unnest(${`{${userIds.join(",")}}`}::text[])) and ${pending(period)} and n.created_at <= ${until.toISOString()}::timestamptz
    group by n.user_id, u.email, u.display_name, u.locale, n.kind, coalesce(n.thread_key, n.id)
    order by n.user_id, min(n.created_at)`);
  return [...rows];
}

/** Groups the rows of one batch into one digest per person. */
export function digestsOf(rows: GroupRow[]): Array<{ recipient: MailRecipient; groups: DigestGroup[]; ids: string[] }> {
  const byUser = new Map<string, { recipient: MailRecipient; groups: DigestGroup[]; ids: string[] }>();
  for (const row of rows) {
    if (!isKnownKind(row.kind)) continue;
    let digest = byUser.get(row.user_id);
    if (!digest) {
      digest = { recipient: { userId: row.user_id, email: row.email, name: row.name, locale: row.locale }, groups: [], ids: [] };
      byUser.set(row.user_id, digest);
    }
    digest.groups.push({ kind: row.kind, threadTitle: row.thread_title ?? "", count: Number(row.count) });
    digest.ids.push(...row.ids);
  }
  return [...byUser.values()];
}

/**
 * One digest run: one mail per person with new items of the period, grouped by thread; each sent
 * mail marks its items mailed, so nothing is mailed twice and a retry sends only what failed.
 */
export async function runDigest(
  period: DigestPeriod,
  { batchSize = DIGEST_BATCH, now = new Date(), send = sendMail }: { batchSize?: number; now?: Date; send?: typeof sendMail } = {},
): Promise<DigestRun> {
  const run: DigestRun = { recipients: 0, items: 0, failed: 0 };
  let after = "";
  for (;;) {
    const userIds = await recipientBatch(period, after, batchSize, now);
    if (userIds.length === 0) break;
    after = userIds.at(-1)!;
    let sent: string[] = [];
    const markSent = async () => {
      if (sent.length === 0) return;
      await getDb().execute(sql`update notifications set mailed_at = ${now.toISOString()}::timestamptz where id in (select unnest(${`{${sent.join(",")}}`}::text[]))`);
      sent = [];
    };
    let unmarked = 0;
    for (const digest of digestsOf(await groupsFor(period, userIds, now))) {
      try {
        await send(renderDigestMail(digest.recipient, period, digest.groups));
        sent.push(...digest.ids);
        run.recipients += 1;
        run.items += digest.ids.length;
        // Marked every MARK_EVERY mails, not one update per mail: a crash in between re-sends at most that many.
        if (++unmarked >= MARK_EVERY) {
          await markSent();
          unmarked = 0;
        }
      } catch (error) {
        run.failed += 1;
        console.error(`[digest:${period}] could not send to ${digest.recipient.userId}`, error);
      }
    }
    await markSent();
  }
  if (run.failed > 0) throw new Error(`digest ${period}: ${run.failed} mails failed (${run.recipients} sent); a retry sends only those`);
  return run;
}
