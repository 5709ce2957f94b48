import "server-only";
import { absoluteUrl } from "@/lib/config/public-origin";
import { getStatement } from "@/lib/moderation/decisions/statement";
import { decisionPath } from "@/lib/moderation/paths";
import { appealDeadline } from "@/lib/policy";
import type { KindDefinition, MailContent } from "./types";

/** The statement of reasons (DSA Art. 17): the measure, the rule, the facts, and how to appeal. */
export const decision: KindDefinition<"decision"> = {
  kind: "decision",
  essential: true,
  defaultChannel: "immediate",
  mail: async (data, { t, date }): Promise<MailContent> => {
    const facts = await getStatement(data.decisionId);
    if (!facts) throw new Error(`decision ${data.decisionId} not found for its statement of reasons`);
    const paragraphs = [
      t("mail.moderation.statement.intro"),
      t("mail.moderation.statement.measure", { measure: t(`conduct.kinds.${facts.kind}`) }),
    ];
    if (facts.kind === "dismiss") throw new Error(`decision ${data.decisionId} was a dismissal: no statement of reasons`);
    if (facts.kind === "suspend") {
      paragraphs.push(facts.suspendedUntil ? t("mail.moderation.statement.until", { date: date(facts.suspendedUntil) }) : t("mail.moderation.statement.indefinite"));
    }
    paragraphs.push(
      t("mail.moderation.statement.rule", { version: facts.termsVersion, rule: t(`conduct.rules.${(facts.ruleKey ?? "respect") as "respect"}`) }),
      t("mail.moderation.statement.facts", { facts: facts.facts }),
      t("mail.moderation.statement.appeal", { deadline: date(appealDeadline(facts.createdAt)) }),
    );
    return {
      subject: t("mail.moderation.statement.subject"),
      paragraphs,
      link: { label: t("mail.moderation.statement.link"), url: absoluteUrl(decisionPath(data.decisionId)) },
    };
  },
};
