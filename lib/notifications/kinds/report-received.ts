import { reasonName, targetTypeName } from "./moderation-texts";
import type { KindDefinition } from "./types";

export const reportReceived: KindDefinition<"report_received"> = {
  kind: "report_received",
  essential: true,
  defaultChannel: "immediate",
  mail: (data, context) => ({
    subject: context.t("mail.moderation.reportReceipt.subject"),
    paragraphs: [
      context.t("mail.moderation.reportReceipt.body", {
        targetType: targetTypeName(context, data.targetType),
        reason: reasonName(context, data.reason),
        date: context.date(context.createdAt),
      }),
    ],
  }),
};
