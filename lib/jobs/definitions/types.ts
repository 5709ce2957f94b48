import type PgBoss from "pg-boss";
import type { z } from "zod";

/** One background job: its queue, the payload it accepts, what it does. Thrown errors are retried. */
export interface JobDefinition<T = unknown> {
  queue: string;
  payload: z.ZodType<T>;
  /** Cron (Europe/Berlin) for scheduled jobs. */
  cron?: string;
  run: (data: T, job: PgBoss.JobWithMetadata<unknown>) => Promise<unknown>;
}

export const defineJob = <T>(definition: JobDefinition<T>) => definition;
