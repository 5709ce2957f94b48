import { absoluteUrl } from "@/lib/config/public-origin";
import { ideaPath } from "@/lib/ideas/paths";
import type { KindDefinition, MailContext } from "./types";

const statusName = (status: string, { t }: MailContext) => (t.has(`ideas.status.${status}` as never) ? t(`ideas.status.${status}` as never) : status);

/** An idea the person submitted or supports got an official answer: its status, and the idea to read the answer. */
export const ideaAnswered: KindDefinition<"idea_answered"> = {
  kind: "idea_answered",
  essential: false,
  defaultChannel: "immediate",
  mail: (data, context) => ({
    subject: context.t("mail.ideas.answered.subject", { status: statusName(data.status, context) }),
    paragraphs: [context.t("mail.ideas.answered.body", { status: statusName(data.status, context) })],
    link: { label: context.t("mail.ideas.link"), url: absoluteUrl(ideaPath(data.ideaId)) },
  }),
  digestLine: (count, title, { t }) => t("mail.digest.idea_answered", { count, title }),
};
