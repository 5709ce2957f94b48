import { targetTypeName } from "./moderation-texts";
import type { KindDefinition } from "./types";

export const reportReversed: KindDefinition<"report_reversed"> = {
  kind: "report_reversed",
  essential: true,
  defaultChannel: "immediate",
  mail: (data, context) => ({
    subject: context.t("mail.moderation.reportReversed.subject"),
    paragraphs: [context.t("mail.moderation.reportReversed.body", { targetType: targetTypeName(context, data.targetType) })],
  }),
};
