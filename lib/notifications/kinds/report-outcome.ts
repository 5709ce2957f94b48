import { targetTypeName } from "./moderation-texts";
import type { KindDefinition } from "./types";

export const reportOutcome: KindDefinition<"report_outcome"> = {
  kind: "report_outcome",
  essential: true,
  defaultChannel: "immediate",
  mail: (data, context) => ({
    subject: context.t("mail.moderation.reportOutcome.subject"),
    paragraphs: [
      context.t(data.outcome === "dismissed" ? "mail.moderation.reportOutcome.dismissed" : "mail.moderation.reportOutcome.action_taken", {
        targetType: targetTypeName(context, data.targetType),
      }),
    ],
  }),
};
