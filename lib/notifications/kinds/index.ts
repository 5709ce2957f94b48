import { accessibilityFeedback } from "./accessibility-feedback";
import { announcementPublished } from "./announcement-published";
import { appealDecided } from "./appeal-decided";
import { appealReceived } from "./appeal-received";
import { commentReply } from "./comment-reply";
import { concernAuthorUpdate, concernResolutionCheck, concernStatusChanged } from "./concerns";
import { decision } from "./decision";
import { ideaAnswered } from "./ideas";
import { exportReady } from "./export-ready";
import { messageReceived } from "./message-received";
import { mediationClosed } from "./mediation-closed";
import { mediationOpened } from "./mediation-opened";
import { passwordChanged } from "./password-changed";
import { reportOutcome } from "./report-outcome";
import { reportReceived } from "./report-received";
import { reportReversed } from "./report-reversed";
import { spaceEventPlace } from "./space-event-place";
import { spaceEventReminder } from "./space-event-reminder";
import { spaceMembership } from "./space-membership";
import { spacePost } from "./space-post";
import { spaceShiftCancelled } from "./space-shift-cancelled";
import type { KindDefinition, NotificationKind } from "./types";

export type { AnyNotification, MailContent, MailContext, NotificationChannel, NotificationData, NotificationKind } from "./types";

/** Every kind of notification, with its mail (lib/notifications/kinds/<kind>.ts). A new kind adds its file here. */
export const KINDS: { [K in NotificationKind]: KindDefinition<K> } = {
  report_received: reportReceived,
  report_outcome: reportOutcome,
  report_reversed: reportReversed,
  decision,
  appeal_received: appealReceived,
  appeal_decided: appealDecided,
  mediation_opened: mediationOpened,
  mediation_closed: mediationClosed,
  password_changed: passwordChanged,
  comment_reply: commentReply,
  announcement_published: announcementPublished,
  accessibility_feedback: accessibilityFeedback,
  export_ready: exportReady,
  concern_status_changed: concernStatusChanged,
  concern_author_update: concernAuthorUpdate,
  concern_resolution_check: concernResolutionCheck,
  idea_answered: ideaAnswered,
  space_membership: spaceMembership,
  space_event_place: spaceEventPlace,
  space_event_reminder: spaceEventReminder,
  space_post: spacePost,
  space_shift_cancelled: spaceShiftCancelled,
  message_received: messageReceived,
};

export const NOTIFICATION_KINDS = Object.keys(KINDS) as NotificationKind[];

/** The kinds a person may choose a channel for, in the order the settings page shows them. */
export const SWITCHABLE_KINDS = NOTIFICATION_KINDS.filter((kind) => !KINDS[kind].essential);

export const isKnownKind = (kind: string): kind is NotificationKind => kind in KINDS;
