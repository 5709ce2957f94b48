import "server-only";
import { announcementsDueJob } from "./announcements-due";
import { deliverNotificationsJob } from "./deliver-notifications";
import { dailyDigestJob, weeklyDigestJob } from "./digests";
import { personalDataExportJob } from "./personal-data-export";
import { retentionJob } from "./retention";
import { concernResolutionCheckJob } from "./concern-resolution-check";
import { spaceEventRemindersJob } from "./space-event-reminders";
import type { JobDefinition } from "./types";

/** Every job the worker runs. */
export const JOBS = [deliverNotificationsJob, dailyDigestJob, weeklyDigestJob, announcementsDueJob, retentionJob, personalDataExportJob, concernResolutionCheckJob, spaceEventRemindersJob] as JobDefinition<unknown>[];
