/**
 * What an in-app notification can say, with the data each kind carries (never another person's name:
 * a reporter learns the outcome, not who was affected). Shown by the notifications page
 * (messages: notifications.kinds.<kind>).
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
  appeal_decided: { decisionId: string; outcome: "upheld" | "reversed" };
  mediation_opened: { caseId: string; title: string };
  mediation_closed: { caseId: string; title: string };
}

export type NotificationKind = keyof NotificationData;

export const NOTIFICATION_KINDS = [
  "report_received",
  "report_outcome",
  "report_reversed",
  "decision",
  "appeal_received",
  "appeal_decided",
  "mediation_opened",
  "mediation_closed",
] as const satisfies readonly NotificationKind[];

export type AnyNotification = { [K in NotificationKind]: { kind: K; data: NotificationData[K] } }[NotificationKind];
