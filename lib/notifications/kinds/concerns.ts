import { absoluteUrl } from "@/lib/config/public-origin";
import { concernPath } from "@/lib/concerns/paths";
import type { KindDefinition, MailContext } from "./types";

const statusName = (status: string, { t }: MailContext) =>
  t.has(`concerns.status.${status}` as never) ? t(`concerns.status.${status}` as never) : status;

/** A concern the person filed or co-signed moved on: the new status, and the concern to read the answer. */
export const concernStatusChanged: KindDefinition<"concern_status_changed"> = {
  kind: "concern_status_changed",
  essential: false,
  defaultChannel: "immediate",
  mail: (data, context) => ({
    subject: context.t("mail.concerns.statusChanged.subject", { status: statusName(data.status, context) }),
    paragraphs: [context.t("mail.concerns.statusChanged.body", { status: statusName(data.status, context) })],
    link: { label: context.t("mail.concerns.link"), url: absoluteUrl(concernPath(data.concernId)) },
  }),
  digestLine: (count, title, { t }) => t("mail.digest.concern_status_changed", { count, title }),
};

/** The author of a co-signed concern wrote what is new. */
export const concernAuthorUpdate: KindDefinition<"concern_author_update"> = {
  kind: "concern_author_update",
  essential: false,
  defaultChannel: "immediate",
  mail: (data, { t }) => ({
    subject: t("mail.concerns.authorUpdate.subject"),
    paragraphs: [t("mail.concerns.authorUpdate.body")],
    link: { label: t("mail.concerns.link"), url: absoluteUrl(concernPath(data.concernId)) },
  }),
  digestLine: (count, title, { t }) => t("mail.digest.concern_author_update", { count, title }),
};

/** "Ist das wirklich gelöst?" — the answer form is on the concern's page. */
export const concernResolutionCheck: KindDefinition<"concern_resolution_check"> = {
  kind: "concern_resolution_check",
  essential: false,
  defaultChannel: "immediate",
  mail: (data, { t }) => ({
    subject: t("mail.concerns.resolutionCheck.subject"),
    paragraphs: [t("mail.concerns.resolutionCheck.body")],
    link: { label: t("mail.concerns.resolutionCheck.link"), url: absoluteUrl(concernPath(data.concernId)) },
  }),
  digestLine: (count, title, { t }) => t("mail.digest.concern_resolution_check", { count, title }),
};
