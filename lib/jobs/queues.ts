/**
 * Every queue of the job system, with how its jobs are retried. Delivery backs off exponentially from
 * 30 s (30 s, 1 min, 2 min, 4 min, 8 min): a mail provider's hiccup of a quarter of an hour is bridged.
 */
export const QUEUES = {
  deliverNotifications: { name: "notifications-deliver", retryLimit: 5, retryDelay: 30, retryBackoff: true },
  dailyDigest: { name: "notifications-digest-daily", retryLimit: 3, retryDelay: 300, retryBackoff: true },
  weeklyDigest: { name: "notifications-digest-weekly", retryLimit: 3, retryDelay: 300, retryBackoff: true },
  announcementsDue: { name: "announcements-notify-due", retryLimit: 2, retryDelay: 30, retryBackoff: false },
  retention: { name: "privacy-retention", retryLimit: 3, retryDelay: 600, retryBackoff: true },
  personalDataExport: { name: "privacy-export", retryLimit: 3, retryDelay: 60, retryBackoff: true },
  concernResolutionCheck: { name: "concerns-resolution-check", retryLimit: 3, retryDelay: 300, retryBackoff: true },
  spaceEventReminders: { name: "spaces-event-reminders", retryLimit: 3, retryDelay: 120, retryBackoff: true },
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]["name"];

/** pg-boss's own tables live in their own schema, apart from the app's (never in a Drizzle migration). */
export const JOBS_SCHEMA = "pgboss";
