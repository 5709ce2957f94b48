import "server-only";
import { z } from "zod";
import { sendDueResolutionChecks } from "@/lib/concerns/resolution-check";
import { QUEUES } from "../queues";
import { defineJob } from "./types";

/** Hourly: asks the authors of concerns resolved four weeks ago "Ist das wirklich gelöst?" (once each). */
export const concernResolutionCheckJob = defineJob({
  queue: QUEUES.concernResolutionCheck.name,
  payload: z.object({}).loose(),
  cron: "20 * * * *",
  run: async () => ({ asked: await sendDueResolutionChecks(new Date()) }),
});
