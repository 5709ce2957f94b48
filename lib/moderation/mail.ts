import "server-only";
import { createFormatter, createTranslator } from "next-intl";
import { defaultLocale, type Locale } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { composeMail } from "@/lib/mail/compose";
import { sendMail } from "@/lib/mail/send";
import type { OutgoingMail } from "@/lib/mail/types";
import { appealDeadline } from "@/lib/policy";
import { decisionPath } from "./paths";
import type { TargetType } from "./targets";
import { DISTRICT_TIME_ZONE } from "@/lib/time/zone";

/** Accounts keep no language preference yet: mail goes out in the district's default language. */
const locale: Locale = defaultLocale;

/** The translator of the mail's language, with its date format in the district's time zone. */
export function mailTranslator() {
  const t = createTranslator({ locale, messages: messages[locale] });
  const format = createFormatter({ locale, timeZone: DISTRICT_TIME_ZONE });
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeStyle: "short" });
  return { t, date };
}

export interface Recipient {
  email: string;
  name: string | null;
}

/** A mail from the moderation team to one person: greeting, the paragraphs, signature and an optional link. */
export function composeModerationMail(to: Recipient, subject: string, paragraphs: string[], link?: { label: string; url: string }): OutgoingMail {
  const { t } = mailTranslator();
  return composeMail({
    to: to.email,
    locale,
    subject,
    paragraphs: [t("mail.moderation.greeting", { name: to.name ?? "" }).replace(" ,", ","), ...paragraphs, t("mail.moderation.signature")],
    link,
  });
}

export function reportReceiptMail(to: Recipient, report: { targetType: TargetType; reason: string; createdAt: Date }) {
  const { t, date } = mailTranslator();
  return composeModerationMail(to, t("mail.moderation.reportReceipt.subject"), [
    t("mail.moderation.reportReceipt.body", {
      targetType: t(`conduct.targetTypes.${report.targetType}`),
      reason: t(`conduct.reasons.${report.reason as "other"}`),
      date: date(report.createdAt),
    }),
  ]);
}

export function reportOutcomeMail(to: Recipient, outcome: { targetType: TargetType; outcome: "dismissed" | "action_taken" }) {
  const { t } = mailTranslator();
  return composeModerationMail(to, t("mail.moderation.reportOutcome.subject"), [
    t(`mail.moderation.reportOutcome.${outcome.outcome}`, { targetType: t(`conduct.targetTypes.${outcome.targetType}`) }),
  ]);
}

export function reportReversedMail(to: Recipient, targetType: TargetType) {
  const { t } = mailTranslator();
  return composeModerationMail(to, t("mail.moderation.reportReversed.subject"), [
    t("mail.moderation.reportReversed.body", { targetType: t(`conduct.targetTypes.${targetType}`) }),
  ]);
}

export interface StatementFacts {
  id: string;
  kind: "hide" | "warn" | "suspend";
  ruleKey: string;
  termsVersion: number;
  facts: string;
  suspendedUntil: Date | null;
  createdAt: Date;
}

/** The statement of reasons (DSA Art. 17): the measure, the rule, the facts, and how to appeal. */
export function statementOfReasonsMail(to: Recipient, decision: StatementFacts, origin: string) {
  const { t, date } = mailTranslator();
  const paragraphs = [
    t("mail.moderation.statement.intro"),
    t("mail.moderation.statement.measure", { measure: t(`conduct.kinds.${decision.kind}`) }),
  ];
  if (decision.kind === "suspend") {
    paragraphs.push(
      decision.suspendedUntil
        ? t("mail.moderation.statement.until", { date: date(decision.suspendedUntil) })
        : t("mail.moderation.statement.indefinite"),
    );
  }
  paragraphs.push(
    t("mail.moderation.statement.rule", { version: decision.termsVersion, rule: t(`conduct.rules.${decision.ruleKey as "respect"}`) }),
    t("mail.moderation.statement.facts", { facts: decision.facts }),
    t("mail.moderation.statement.appeal", { deadline: date(appealDeadline(decision.createdAt)) }),
  );
  return composeModerationMail(to, t("mail.moderation.statement.subject"), paragraphs, {
    label: t("mail.moderation.statement.link"),
    url: `${origin}${decisionPath(decision.id)}`,
  });
}

export function appealDecidedMail(to: Recipient, appeal: { decisionId: string; outcome: "upheld" | "reversed"; note: string }, origin: string) {
  const { t } = mailTranslator();
  return composeModerationMail(
    to,
    t("mail.moderation.appealDecided.subject"),
    [t(`mail.moderation.appealDecided.${appeal.outcome}`), t("mail.moderation.appealDecided.note", { note: appeal.note })],
    { label: t("mail.moderation.appealDecided.link"), url: `${origin}${decisionPath(appeal.decisionId)}` },
  );
}

/**
 * Sends after the change has committed. The in-app notification is already stored, so a mail that
 * cannot be delivered is logged and does not undo the decision.
 */
export async function deliverAll(outgoing: OutgoingMail[]) {
  const results = await Promise.allSettled(outgoing.map((m) => sendMail(m)));
  results.forEach((result, i) => {
    if (result.status === "rejected") console.error(`[mail] could not deliver "${outgoing[i]!.subject}"`, result.reason);
  });
}
