import Link from "next/link";
import { conversationPath } from "@/lib/messages/paths";
import { spaceEventPath, spacePath, spacePostPath } from "@/lib/spaces/paths";
import { useTranslations } from "next-intl";
import { announcementPath } from "@/lib/announcements/paths";
import { concernPath } from "@/lib/concerns/paths";
import { ideaPath } from "@/lib/ideas/paths";
import { mediationPath } from "@/lib/mediation/paths";
import { decisionPath } from "@/lib/moderation/paths";
import type { NotificationItem } from "@/lib/notifications/queries";
import { ADMIN_ACCESSIBILITY_FEEDBACK_PATH, exportDownloadPath } from "@/lib/privacy/paths";
import { SETTINGS_PATH } from "@/lib/users/paths";

/**
 * One notification as a sentence in the reader's language, with a link where there is something to
 * open. A reporter learns the outcome only: the data carries no one else's name, and none is shown.
 */
export function NotificationText({ notification }: { notification: NotificationItem }) {
  const t = useTranslations("notifications.kinds");
  const tLinks = useTranslations("notifications.links");
  const tTargets = useTranslations("conduct.targetTypes");
  const tReasons = useTranslations("conduct.reasons");
  const tKinds = useTranslations("conduct.kinds");
  const tStatus = useTranslations("concerns.status");
  const concernStatus = (value: string) => (tStatus.has(value as never) ? tStatus(value as never) : value);
  const tIdeaStatus = useTranslations("ideas.status");
  const ideaStatus = (value: string) => (tIdeaStatus.has(value as never) ? tIdeaStatus(value as never) : value);
  // Data written by another version may carry a value this one does not know: show it neutrally.
  const target = (value: string) => (tTargets.has(value as never) ? tTargets(value as never) : t("unknownTarget"));
  const reason = (value: string) => (tReasons.has(value as never) ? tReasons(value as never) : tReasons("other"));
  const kind = (value: string) => (tKinds.has(value as never) ? tKinds(value as never) : t("unknownKind"));

  let text: string;
  let link: { href: string; label: string } | null = null;
  switch (notification.kind) {
    case "report_received":
      text = t("report_received", { targetType: target(notification.data.targetType), reason: reason(notification.data.reason) });
      break;
    case "report_outcome":
      text = t(notification.data.outcome === "dismissed" ? "report_outcome.dismissed" : "report_outcome.action_taken", {
        targetType: target(notification.data.targetType),
      });
      break;
    case "report_reversed":
      text = t("report_reversed", { targetType: target(notification.data.targetType) });
      break;
    case "decision":
      text = t("decision", { kind: kind(notification.data.kind) });
      link = { href: decisionPath(notification.data.decisionId), label: tLinks("decision") };
      break;
    case "appeal_received":
      text = t("appeal_received");
      link = { href: decisionPath(notification.data.decisionId), label: tLinks("appeal") };
      break;
    case "appeal_decided":
      text = t(notification.data.outcome === "reversed" ? "appeal_decided.reversed" : "appeal_decided.upheld");
      link = { href: decisionPath(notification.data.decisionId), label: tLinks("appeal") };
      break;
    case "mediation_opened":
      text = t("mediation_opened", { title: notification.data.title });
      link = { href: mediationPath(notification.data.caseId), label: tLinks("mediation") };
      break;
    case "mediation_closed":
      text = t("mediation_closed", { title: notification.data.title });
      link = { href: mediationPath(notification.data.caseId), label: tLinks("mediation") };
      break;
    case "password_changed":
      text = t("password_changed");
      link = { href: SETTINGS_PATH, label: tLinks("settings") };
      break;
    case "comment_reply":
      text = t("comment_reply", { title: notification.threadTitle ?? "" });
      link = { href: announcementPath(notification.data.announcementId), label: tLinks("announcement") };
      break;
    case "announcement_published":
      text = t("announcement_published", { title: notification.threadTitle ?? "" });
      link = { href: announcementPath(notification.data.announcementId), label: tLinks("announcement") };
      break;
    case "accessibility_feedback":
      text = t("accessibility_feedback");
      link = { href: ADMIN_ACCESSIBILITY_FEEDBACK_PATH, label: tLinks("accessibilityFeedback") };
      break;
    case "export_ready":
      text = t("export_ready");
      link = { href: exportDownloadPath(notification.data.exportId), label: tLinks("export") };
      break;
    case "concern_status_changed":
      text = t("concern_status_changed", { title: notification.threadTitle ?? "", status: concernStatus(notification.data.status) });
      link = { href: concernPath(notification.data.concernId), label: tLinks("concern") };
      break;
    case "concern_author_update":
      text = t("concern_author_update", { title: notification.threadTitle ?? "" });
      link = { href: concernPath(notification.data.concernId), label: tLinks("concern") };
      break;
    case "concern_resolution_check":
      text = t("concern_resolution_check", { title: notification.threadTitle ?? "" });
      link = { href: concernPath(notification.data.concernId), label: tLinks("concern") };
      break;
    case "idea_answered":
      text = t("idea_answered", { title: notification.threadTitle ?? "", status: ideaStatus(notification.data.status) });
      link = { href: ideaPath(notification.data.ideaId), label: tLinks("idea") };
      break;
    case "space_membership":
      text = t(`space_membership.${notification.data.change}`, { title: notification.threadTitle ?? "" });
      link = { href: spacePath(notification.data.spaceId), label: tLinks("space") };
      break;
    case "space_event_place":
      text = t("space_event_place", { title: notification.threadTitle ?? "" });
      link = { href: spaceEventPath(notification.data.spaceId, notification.data.eventId), label: tLinks("event") };
      break;
    case "space_event_reminder":
      text = t("space_event_reminder", { title: notification.threadTitle ?? "" });
      link = { href: spaceEventPath(notification.data.spaceId, notification.data.eventId), label: tLinks("event") };
      break;
    case "space_post":
      text = t("space_post", { title: notification.threadTitle ?? "" });
      link = { href: spacePostPath(notification.data.spaceId, notification.data.postId), label: tLinks("space") };
      break;
    case "space_shift_cancelled":
      text = t("space_shift_cancelled", { title: notification.threadTitle ?? "" });
      link = { href: spacePath(notification.data.spaceId), label: tLinks("space") };
      break;
    case "message_received":
      text = t("message_received", { title: notification.threadTitle ?? "" });
      link = { href: conversationPath(notification.data.conversationId), label: tLinks("conversation") };
      break;
  }

  return (
    <>
      <p className="[overflow-wrap:anywhere]">{text}</p>
      {link && (
        <p>
          <Link href={link.href}>{link.label}</Link>
        </p>
      )}
    </>
  );
}
