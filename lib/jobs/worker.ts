import "server-only";
import type PgBoss from "pg-boss";
import { DISTRICT_TIME_ZONE } from "@/lib/time/zone";
import { createBoss } from "./boss";
import { JOBS } from "./definitions";
import { runJob } from "./run-job";

const globalForWorker = globalThis as unknown as { kiezwerkWorker?: Promise<PgBoss> };

/**
 * Starts the worker: polls every queue (each job is fetched with FOR UPDATE SKIP LOCKED, so with
 * any number of workers on any number of machines a job runs once), schedules the cron jobs (pg-boss
 * lets one instance enqueue each cron tick), supervises retries and expiry. Once per process.
 */
export function startWorker({ pollingIntervalSeconds = 1 }: { pollingIntervalSeconds?: number } = {}): Promise<PgBoss> {
  globalForWorker.kiezwerkWorker ??= (async () => {
    const boss = await createBoss({ worker: true });
    for (const definition of JOBS) {
      if (definition.cron) await boss.schedule(definition.queue, definition.cron, {}, { tz: DISTRICT_TIME_ZONE });
      await boss.work(definition.queue, { pollingIntervalSeconds, batchSize: 1, includeMetadata: true }, async ([job]) => {
        if (job) await runJob(job);
      });
    }
    console.log(`[jobs] worker started (${JOBS.length} queues, polling every ${pollingIntervalSeconds} s)`);
    return boss;
  })();
  return globalForWorker.kiezwerkWorker;
}

/** Stops the worker gracefully: running jobs finish, none is fetched any more. */
export async function stopWorker() {
  const worker = await globalForWorker.kiezwerkWorker;
  globalForWorker.kiezwerkWorker = undefined;
  await worker?.stop({ graceful: true, close: false, timeout: 10_000 });
}
