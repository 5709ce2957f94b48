import { absoluteUrl } from "@/lib/config/public-origin";
import { conversationPath } from "@/lib/messages/paths";
import type { KindDefinition } from "./types";

/**
 * New direct messages. By default a mail only if they are still unread after a quarter of an hour, and one
 * per conversation until it is read (lib/messages/send.ts). The mail names who wrote, never what: nothing
 * private sits in a mailbox.
 */
export const messageReceived: KindDefinition<"message_received"> = {
  kind: "message_received",
  essential: false,
  defaultChannel: "immediate",
  mailWhenUnreadAfterMinutes: 15,
  mail: (data, { t }) => ({
    subject: t("mail.messageReceived.subject", { from: data.from }),
    paragraphs: [t("mail.messageReceived.body", { from: data.from })],
    link: { label: t("mail.messageReceived.link"), url: absoluteUrl(conversationPath(data.conversationId)) },
  }),
  digestLine: (count, title, { t }) => t("mail.digest.message_received", { count, title }),
};
