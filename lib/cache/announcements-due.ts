import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ANNOUNCEMENTS_PATH } from "@/lib/announcements/paths";
import { HOME_PATH } from "@/lib/http/paths";
import { invalidatePaths } from "./invalidations";

/** Wider than the minutely job's interval, so a late run still sees what changed meanwhile. */
const WINDOW = sql`interval '3 minutes'`;

/**
 * An announcement appears and disappears by the clock (publishAt, expiresAt), with no write at that
 * moment: the minutely job asks whether one did so recently and, if so, invalidates the cached
 * announcement pages and the home page. Returns whether it did.
 */
export async function invalidateAnnouncementsDue(now = new Date()): Promise<boolean> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const [row] = await getDb().execute<{ due: boolean }>(sql`
    select exists (
      select 1 from announcements where status = 'published'
        and ((publish_at <= ${at} and publish_at > ${at} - ${WINDOW}) or (expires_at <= ${at} and expires_at > ${at} - ${WINDOW}))
    ) as due`);
  if (!row?.due) return false;
  await invalidatePaths([ANNOUNCEMENTS_PATH, `=${HOME_PATH}`]);
  return true;
}
