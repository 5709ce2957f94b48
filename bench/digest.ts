/**
 * The digest run at scale: a day's activity of DIGEST_SCALE.notifications notifications for the
 * benchmark's 100,000 members, then one daily digest run — selecting (set-based, in batches of 500
 * recipients), grouping and rendering every mail, marking the items mailed. Mail is not handed to a
 * transport (that is the provider's time, not ours). Prints one JSON line with time and memory.
 * Run with `tsx --conditions=react-server` (the data layer is server-only); `npm run bench -- --only digest`.
 */
import postgres from "postgres";
import { connectDatabase, setDatabase } from "../db/client";
import { runDigest } from "../lib/notifications/digest";

export const DIGEST_SCALE = { notifications: 60_000, recipients: 20_000, threads: 2_000 };

async function seedDay(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [members] = await sql.unsafe<{ n: number }[]>("select count(*)::int as n from users where id like 'bench-user-%'");
    if ((members?.n ?? 0) < DIGEST_SCALE.recipients) throw new Error("the benchmark members are missing: run `npm run bench` once (it seeds them)");
    await sql.unsafe("delete from notifications where user_id like 'bench-user-%'");
    // Spread over 20,000 members (about three each) and 2,000 threads; a fifth are new announcements.
    await sql.unsafe(`
      insert into notifications (id, user_id, kind, data, thread_key, thread_title, channel, created_at)
      select gen_random_uuid()::text,
             'bench-user-' || (1 + (g::bigint * 7919) % ${DIGEST_SCALE.recipients}),
             case when g % 5 = 0 then 'announcement_published' else 'comment_reply' end,
             jsonb_build_object('announcementId', 'bench-announcement-' || (g % ${DIGEST_SCALE.threads}), 'commentId', 'bench-comment-' || g),
             'announcement:bench-announcement-' || (g % ${DIGEST_SCALE.threads}),
             'Bekanntmachung Nummer ' || (g % ${DIGEST_SCALE.threads}) || ' zum Schulweg',
             'daily', now() - ((g % 86000) || ' seconds')::interval
      from generate_series(1, ${DIGEST_SCALE.notifications}) as g`);
    await sql.unsafe("analyze notifications");
  } finally {
    await sql.end();
  }
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  process.env.AUTH_SECRET ??= "bench-secret-not-for-production-0123456789";
  process.env.AUTH_URL ??= "https://kiezwerk.example";
  await seedDay(url);
  const connection = connectDatabase(url);
  setDatabase(connection);

  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  let rendered = 0;
  let bytes = 0;
  const started = performance.now();
  const run = await runDigest("daily", {
    send: async (mail) => {
      rendered += 1;
      bytes += mail.html.length + mail.text.length;
      return { id: String(rendered) };
    },
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  await connection.close();
  console.log(
    JSON.stringify({
      notifications: DIGEST_SCALE.notifications,
      recipients: run.recipients,
      items: run.items,
      mails: rendered,
      averageMailKb: rendered ? Math.round(bytes / rendered / 102.4) / 10 : 0,
      seconds: Math.round(seconds * 10) / 10,
      extraRssMb: Math.round((peak - before) / 1024 / 1024),
      peakRssMb: Math.round(peak / 1024 / 1024),
    }),
  );
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
