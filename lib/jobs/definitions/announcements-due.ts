import "server-only";
import { z } from "zod";
import { notifyDueAnnouncements } from "@/lib/announcements/notify-followers";
import { invalidateAnnouncementsDue } from "@/lib/cache/announcements-due";
import { QUEUES } from "../queues";
import { defineJob } from "./types";

/**
 * Every minute: announcements that became visible since are announced to their followers, and the
 * cached pages are renewed for those that appeared or ended by the clock.
 */
export const announcementsDueJob = defineJob({
  queue: QUEUES.announcementsDue.name,
  payload: z.object({}).loose(),
  cron: "* * * * *",
  run: async () => {
    const [notified] = await Promise.all([notifyDueAnnouncements(), invalidateAnnouncementsDue()]);
    return notified;
  },
});
