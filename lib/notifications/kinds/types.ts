import type { createTranslator } from "use-intl/core";
import type { notificationChannels } from "@/db/schema/notifications";
import type { Locale } from "@/lib/i18n/config";
import type { messages } from "@/lib/i18n/messages";

export type NotificationChannel = (typeof notificationChannels)[number];

/**
 * What a notification can say, with the data each kind carries (never another person's name:
 * a reporter learns the outcome, not who was affected). In-app texts: notifications.kinds.<kind>.
 */
export interface NotificationData {
  /** Receipt for a report. */
  report_received: { targetType: string; reason: string };
  /** What came of a report: "dismissed" or "action_taken". */
  report_outcome: { targetType: string; outcome: "dismissed" | "action_taken" };
  /** An appeal reversed the measure taken on someone's report. */
  report_reversed: { targetType: string };
  /** A statement of reasons for the affected person. */
  decision: { decisionId: string; kind: string };
  /** Receipt for an appeal. */
  appeal_received: { decisionId: string };
  appeal_decided: { decisionId: string; outcome: "upheld" | "reversed"; note: string };
  mediation_opened: { caseId: string; title: string };
  mediation_closed: { caseId: string; title: string; outcome: string };
  /** The account's password was set or changed. */
  password_changed: Record<string, never>;
  /** Someone else commented under an announcement the person commented on. */
  comment_reply: { announcementId: string; commentId: string };
  /** An announcement for a followed locality or topic became visible. */
  announcement_published: { announcementId: string };
  /** For admins: a message came in through the accessibility statement's feedback form. */
  accessibility_feedback: { feedbackId: string };
  /** The person's copy of their data is ready to download until expiresAt (ISO). */
  export_ready: { exportId: string; expiresAt: string };
  /** A concern the person filed or co-signed changed its status. */
  concern_status_changed: { concernId: string; status: string };
  /** The author of a concern the person co-signed posted an update. */
  concern_author_update: { concernId: string };
  /** Four weeks after "resolved": is the person's concern really solved? */
  concern_resolution_check: { concernId: string };
  /** An idea the person submitted or supports got an official answer (with its status). */
  idea_answered: { ideaId: string; status: string };
  /** A request to join (to organisers), its answer (approved/declined, with the organiser's message), an invitation. */
  space_membership: { spaceId: string; change: "requested" | "approved" | "declined" | "invited" | "owner"; message: string };
  /** Moved up from an event's waiting list: the person now has a place. */
  space_event_place: { spaceId: string; eventId: string };
  /** An event the person has a place at begins within 24 hours. */
  space_event_reminder: { spaceId: string; eventId: string; startsAt: string };
  /** A new post in a space the person belongs to, follows or partners. */
  space_post: { spaceId: string; postId: string };
  /** A helper shift the person had signed up for was cancelled by an organiser (its title and time, since it is gone). */
  space_shift_cancelled: { spaceId: string; title: string; at: string };
  /** New direct messages in a conversation: who wrote (their name when they wrote), never what. */
  message_received: { conversationId: string; from: string };
}

export type NotificationKind = keyof NotificationData;

export type AnyNotification = { [K in NotificationKind]: { kind: K; data: NotificationData[K] } }[NotificationKind];

export type MailTranslator = ReturnType<typeof createTranslator<(typeof messages)["de"]>>;

/** What a kind's mail needs to know about its reader and language. */
export interface MailContext {
  locale: Locale;
  t: MailTranslator;
  /** A date and time on the district's clock, in the reader's language. */
  date: (value: Date) => string;
  recipientName: string | null;
  /** When the notification was recorded. */
  createdAt: Date;
}

/** A mail's own part; greeting, signature and the unsubscribe footer are added around it. */
export interface MailContent {
  subject: string;
  paragraphs: string[];
  link?: { label: string; url: string };
}

export interface KindDefinition<K extends NotificationKind> {
  kind: K;
  /**
   * About the person's own account or moderation case: always mailed at once, not switchable, and
   * without an unsubscribe link (such mail is not a newsletter).
   */
  essential: boolean;
  /** Where a person who chose nothing gets it. */
  defaultChannel: NotificationChannel;
  /**
   * Mailed "immediately" only if still unread after this many minutes (the job starts late and skips
   * what was read meanwhile): direct messages, so a reply read at once never becomes a mail.
   */
  mailWhenUnreadAfterMinutes?: number;
  /** The mail on its own (immediate delivery). */
  mail: (data: NotificationData[K], context: MailContext) => MailContent | Promise<MailContent>;
  /** One line of a digest for `count` items of this kind in one thread. */
  digestLine?: (count: number, threadTitle: string, context: MailContext) => string;
}
