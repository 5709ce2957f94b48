import PgBoss from "pg-boss";
import type { Database } from "@/db/client";
import { jobDb } from "./adapter";
import { JOBS_SCHEMA, QUEUES } from "./queues";

/**
 * Creates pg-boss's schema (or migrates it to this version) and the queues: part of preparing the
 * database before the app starts (scripts/prepare-runtime.ts, the test setup), never inside a request.
 */
export async function installJobs(db: Database) {
  const boss = new PgBoss({ db: jobDb(db), schema: JOBS_SCHEMA, supervise: false, schedule: false, migrate: true });
  await boss.start();
  for (const { name, ...options } of Object.values(QUEUES)) {
    if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, ...options });
  }
  await boss.stop({ graceful: false, close: false });
}
