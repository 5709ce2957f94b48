/**
 * Runs once when a server starts: a production server refuses to start half-configured, and the
 * job worker (mail delivery, digests, scheduled announcements) starts in this process unless
 * WORKER=off (then run `npm run worker` on its own — several app instances, one or more workers).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NODE_ENV === "production") {
    const { refuseMisconfiguredStart } = await import("./lib/config/refuse-misconfigured-start");
    refuseMisconfiguredStart();
  }
  if (process.env.DATABASE_URL) {
    // The page cache asks the database which paths were invalidated (shared by every instance).
    const { registerInvalidationStore } = await import("./lib/cache/invalidations");
    registerInvalidationStore();
  }
  if (process.env.WORKER !== "off" && process.env.DATABASE_URL) {
    const { startWorker } = await import("./lib/jobs/worker");
    startWorker().catch((error: unknown) => console.error("[jobs] the worker did not start", error));
  }
}
