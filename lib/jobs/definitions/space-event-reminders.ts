import "server-only";
import { z } from "zod";
import { sendDueEventReminders } from "@/lib/spaces/event-reminders";
import { QUEUES } from "../queues";
import { defineJob } from "./types";

/** Every quarter of an hour: reminds the attendees of events that begin within 24 hours (once per event). */
export const spaceEventRemindersJob = defineJob({
  queue: QUEUES.spaceEventReminders.name,
  payload: z.object({}).loose(),
  cron: "*/15 * * * *",
  run: async () => ({ reminded: await sendDueEventReminders(new Date()) }),
});
