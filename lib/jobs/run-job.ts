import "server-only";
import type PgBoss from "pg-boss";
import { JOBS } from "./definitions";

/** Runs one fetched job through its definition: payload checked, handler awaited; throws to have it retried. */
export async function runJob(job: PgBoss.JobWithMetadata<unknown>) {
  const definition = JOBS.find((d) => d.queue === job.name);
  if (!definition) throw new Error(`no job definition for queue ${job.name}`);
  return definition.run(definition.payload.parse(job.data ?? {}), job);
}
