/** The channels a person chooses from (db enum notification_channel), in the order the form offers them. */
export const NOTIFICATION_CHANNELS = ["immediate", "daily", "weekly", "in_app"] as const;

/** The kinds a person may switch, as plain names the settings form can use (the registry in kinds/ checks them). */
export const SWITCHABLE_KIND_NAMES = [
  "comment_reply",
  "announcement_published",
  "concern_status_changed",
  "concern_author_update",
  "concern_resolution_check",
  "idea_answered",
  "space_membership",
  "space_event_place",
  "space_event_reminder",
  "space_post",
  "space_shift_cancelled",
  "message_received",
] as const;
