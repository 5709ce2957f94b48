import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

/** What one process knows about the database: shared by the gate's and the pages' bundles. */
export interface ProbeState {
  /** When the last probe started (ms); undefined before the first. */
  startedAt?: number;
  /** The last probe's answer; undefined before the first has finished. */
  reachable?: boolean;
  /** The probe under way, which every caller in the meantime waits for instead of sending its own. */
  running?: Promise<boolean>;
}

export interface ProbeOptions {
  /** Sends one query; resolves when the database answered. */
  ping: () => Promise<unknown>;
  state?: ProbeState;
  now?: () => number;
  /** At most one probe per interval: requests in between reuse the last answer. */
  intervalMs?: number;
  /** A probe that has not answered by then counts as an outage (a hanging connect must not hold requests). */
  timeoutMs?: number;
}

/**
 * A cached reachability check. A failed ping is retried once within the same deadline: a pooled
 * connection the server has closed fails at once, and postgres.js opens a fresh one for the retry,
 * so one stale connection does not produce a false outage. While the database is known to be down,
 * callers get that answer at once and the next probe runs in the background: a request during an
 * outage is never held for the timeout, and recovery is noticed within about one interval.
 */
export function createDatabaseProbe({ ping, state = {}, now = Date.now, intervalMs = 1_000, timeoutMs = 1_500 }: ProbeOptions) {
  // Through a promise, so that a ping which throws at once (e.g. no DATABASE_URL) counts as a failure too.
  const pingOnce = () => Promise.resolve().then(ping).then(() => true, () => false);
  const probe = async () => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
      timer.unref?.();
    });
    try {
      return await Promise.race([pingOnce().then((ok) => ok || pingOnce()), deadline]);
    } finally {
      clearTimeout(timer);
    }
  };

  return function isDatabaseReachable(): Promise<boolean> {
    const fresh = state.startedAt !== undefined && now() - state.startedAt < intervalMs;
    if (!state.running && !fresh) {
      state.startedAt = now();
      state.running = probe().then((reachable) => {
        state.reachable = reachable;
        state.running = undefined;
        return reachable;
      });
    }
    if (state.reachable === false) return Promise.resolve(false);
    return state.running ?? Promise.resolve(state.reachable ?? true);
  };
}

// On globalThis: proxy.ts and the pages are bundled separately but run in one process.
const globalForProbe = globalThis as unknown as { kiezwerkDatabaseProbe?: () => Promise<boolean> };

/** Whether the app's database answers `select 1` (cached for a second, see createDatabaseProbe). */
export function isDatabaseReachable(): Promise<boolean> {
  globalForProbe.kiezwerkDatabaseProbe ??= createDatabaseProbe({ ping: () => getDb().execute(sql`select 1`) });
  return globalForProbe.kiezwerkDatabaseProbe();
}
