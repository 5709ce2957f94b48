import "server-only";
import { getJobs } from "./boss";
import { QUEUES, type QueueName } from "./queues";
import { runJob } from "./run-job";

/**
 * Runs what is due in the given queues now, in this process, until nothing is left — the worker's
 * fetch-run-complete loop without its polling (tests, the test-only trigger, scripts). A job that
 * throws is failed like in the worker: retried later with backoff, not again in this call.
 */
export async function runPendingJobs({ queues = [QUEUES.deliverNotifications.name] }: { queues?: QueueName[] } = {}) {
  const boss = await getJobs();
  let total = 0;
  for (;;) {
    let ran = 0;
    for (const queue of queues) {
      // A batch comes back in no particular order (UPDATE … RETURNING): run it oldest first, like the worker.
      const jobs = (await boss.fetch(queue, { batchSize: 20, includeMetadata: true })).sort((a, b) => new Date(a.createdOn).getTime() - new Date(b.createdOn).getTime());
      for (const job of jobs) {
        try {
          const output = await runJob(job);
          await boss.complete(queue, job.id, output && typeof output === "object" ? output : {});
        } catch (error) {
          console.error(`[jobs] ${queue} ${job.id} failed (attempt ${job.retryCount + 1})`, error);
          await boss.fail(queue, job.id, { message: error instanceof Error ? error.message : String(error) });
        }
      }
      ran += jobs.length;
    }
    total += ran;
    if (ran === 0) return total;
  }
}
