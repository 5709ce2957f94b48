import "server-only";
import { z } from "zod";
import { runDigest } from "@/lib/notifications/digest";
import { QUEUES } from "../queues";
import { defineJob } from "./types";

/** Every morning at 7 on the district's clock. */
export const dailyDigestJob = defineJob({
  queue: QUEUES.dailyDigest.name,
  payload: z.object({}).loose(),
  cron: "0 7 * * *",
  run: () => runDigest("daily"),
});

/** Mondays at 7 on the district's clock. */
export const weeklyDigestJob = defineJob({
  queue: QUEUES.weeklyDigest.name,
  payload: z.object({}).loose(),
  cron: "0 7 * * 1",
  run: () => runDigest("weekly"),
});
