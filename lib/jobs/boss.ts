import "server-only";
import PgBoss from "pg-boss";
import { jobDb } from "./adapter";
import { JOBS_SCHEMA } from "./queues";

const globalForJobs = globalThis as unknown as { kiezwerkJobs?: PgBoss };

/** A pg-boss instance over the app's database; a `worker` one is started: it supervises (retries, expiry) and schedules (cron). */
export async function createBoss({ worker }: { worker: boolean }): Promise<PgBoss> {
  const boss = new PgBoss({ db: jobDb(), schema: JOBS_SCHEMA, supervise: worker, schedule: worker, migrate: worker });
  boss.on("error", (error) => console.error("[jobs]", error));
  if (worker) await boss.start();
  return boss;
}

/**
 * The process's client: enqueues, fetches, completes. It is never started — sending needs no
 * connection of its own, so inside a transaction on the embedded database's single connection it
 * cannot wait for a second one — and the schema exists since the database was prepared.
 */
export async function getJobs(): Promise<PgBoss> {
  globalForJobs.kiezwerkJobs ??= await createBoss({ worker: false });
  return globalForJobs.kiezwerkJobs;
}
