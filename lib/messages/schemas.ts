import { z } from "zod";
import { messageAudiences } from "@/db/schema/messages";
import { reportReasons } from "@/db/schema/moderation";
import { MAX_CONVERSATION_MEMBERS } from "@/lib/policy";

// Messages are keys: looked up in messages.validation.*, then in validation.*.

export const MESSAGE_MAX_LENGTH = 4000;
/** How many messages before the reported one a report carries (with the reporter's consent). */
export const REPORT_CONTEXT_SIZE = 4;

/** "@anna, bernd; carla" → ["anna", "bernd", "carla"], each once (matched case-insensitively). */
export function parseRecipients(value: string): string[] {
  const names = value
    .split(/[\s,;]+/)
    .map((name) => name.replace(/^@/, "").trim())
    .filter(Boolean);
  return [...new Map(names.map((name) => [name.toLowerCase(), name])).values()];
}

const body = z.string({ error: "messageEmpty" }).trim().min(1, { error: "messageEmpty" }).max(MESSAGE_MAX_LENGTH, { error: "messageTooLong" });
const conversationId = z.uuid({ error: "notFound" });

export const startConversationSchema = z
  .object({
    recipients: z
      .string({ error: "recipientsRequired" })
      .max(1000, { error: "tooLong" })
      .refine((value) => parseRecipients(value).length >= 1, { error: "recipientsRequired" })
      .refine((value) => parseRecipients(value).length < MAX_CONVERSATION_MEMBERS, { error: "tooManyRecipients" }),
    /** A group's name; required once there are two or more recipients. */
    title: z.string().trim().max(120, { error: "tooLong" }).default(""),
    body,
  })
  .superRefine((value, ctx) => {
    if (parseRecipients(value.recipients).length > 1 && value.title.length < 3) ctx.addIssue({ code: "custom", path: ["title"], message: "groupTitleRequired" });
  });

export const sendMessageSchema = z.object({ conversationId, body });
export const conversationIdSchema = z.object({ conversationId });

export const reportMessageSchema = z.object({
  messageId: z.uuid({ error: "notFound" }),
  reason: z.enum(reportReasons, { error: "reasonRequired" }),
  explanation: z.string({ error: "explanationTooShort" }).trim().min(10, { error: "explanationTooShort" }).max(2000, { error: "tooLong" }),
  /** A ticked checkbox: the messages before the reported one go to the moderators too. */
  includeContext: z.union([z.boolean(), z.literal("on")]).optional().transform((value) => value === true || value === "on"),
});

export const blockSchema = z.object({ userId: z.uuid({ error: "notFound" }) });

export const messageSettingsSchema = z.object({ audience: z.enum(messageAudiences, { error: "audienceRequired" }) });

export const findRecipientsSchema = z.object({ q: z.string().trim().max(100, { error: "tooLong" }) });
