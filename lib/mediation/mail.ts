import "server-only";
import { composeModerationMail, mailTranslator, type Recipient } from "@/lib/moderation/mail";

// Mediation is run by the moderation team: its mails carry the same greeting and signature.

export function mediationOpenedMail(to: Recipient, mediation: { title: string; url: string }) {
  const { t } = mailTranslator();
  return composeModerationMail(to, t("mail.moderation.mediationOpened.subject"), [t("mail.moderation.mediationOpened.body", { title: mediation.title })], {
    label: t("mail.moderation.mediationOpened.link"),
    url: mediation.url,
  });
}

export function mediationClosedMail(to: Recipient, mediation: { title: string; outcome: string; url: string }) {
  const { t } = mailTranslator();
  return composeModerationMail(
    to,
    t("mail.moderation.mediationClosed.subject"),
    [t("mail.moderation.mediationClosed.body", { title: mediation.title, outcome: mediation.outcome })],
    { label: t("mail.moderation.mediationClosed.link"), url: mediation.url },
  );
}
