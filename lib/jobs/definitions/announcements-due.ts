import "server-only";
import { z } from "zod";
import { notifyDueAnnouncements } from "@/lib/announcements/notify-followers";
import { QUEUES } from "../queues";
import { defineJob } from "./types";

/** Every minute: announcements that became visible since are announced to their followers. */
export const announcementsDueJob = defineJob({
  queue: QUEUES.announcementsDue.name,
  payload: z.object({}).loose(),
  cron: "* * * * *",
  run: () => notifyDueAnnouncements(),
});
