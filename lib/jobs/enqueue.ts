import "server-only";
import type { Database, Transaction } from "@/db/client";
import { jobDb } from "./adapter";
import { getJobs } from "./boss";
import type { QueueName } from "./queues";

/**
 * Enqueues a job. Given the caller's transaction, the job row is written in it: it exists only if
 * the transaction commits, and no worker sees it before.
 */
export async function enqueue(queue: QueueName, data: object, { tx, startAfter }: { tx?: Database | Transaction; startAfter?: Date } = {}) {
  const boss = await getJobs();
  return boss.send(queue, data, { ...(tx ? { db: jobDb(tx) } : {}), ...(startAfter ? { startAfter } : {}) });
}
