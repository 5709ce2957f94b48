import "server-only";
import { z } from "zod";
import { deliverNotifications } from "@/lib/notifications/deliver";
import { QUEUES } from "../queues";
import { defineJob } from "./types";

/** Mails notifications that notify() marked immediate. */
export const deliverNotificationsJob = defineJob({
  queue: QUEUES.deliverNotifications.name,
  payload: z.object({ ids: z.array(z.string()).max(1000) }),
  run: ({ ids }, job) => deliverNotifications(ids, { lastAttempt: job.retryCount >= job.retryLimit }),
});
