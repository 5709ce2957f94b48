import { z } from "zod";
import { locales } from "@/lib/i18n/config";
import { NOTIFICATION_CHANNELS } from "./channels";

const channel = z.enum(NOTIFICATION_CHANNELS, { error: "invalid" });

/** The settings page: a channel per switchable kind, and the language of mails and notifications. */
export const notificationSettingsSchema = z.object({
  locale: z.enum(locales, { error: "invalid" }),
  comment_reply: channel,
  announcement_published: channel,
  concern_status_changed: channel,
  concern_author_update: channel,
  concern_resolution_check: channel,
  idea_answered: channel,
  space_membership: channel,
  space_event_place: channel,
  space_event_reminder: channel,
  space_post: channel,
  space_shift_cancelled: channel,
  message_received: channel,
});

export type NotificationSettingsInput = z.infer<typeof notificationSettingsSchema>;
