import "server-only";
import { z } from "zod";
import { runRetention } from "@/lib/privacy/retention";
import { QUEUES } from "../queues";
import { defineJob } from "./types";

/** Every night at 3:30 on the district's clock: every retention rule of lib/privacy/retention-periods.ts. */
export const retentionJob = defineJob({
  queue: QUEUES.retention.name,
  payload: z.object({}).loose(),
  cron: "30 3 * * *",
  run: () => runRetention(new Date()),
});
