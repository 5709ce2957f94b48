"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action/define-action";
import { fail, ok, rateLimited } from "@/lib/action/result";
import { MODERATION_PATH } from "@/lib/moderation/paths";
import { can } from "@/lib/policy";
import { consumeRateLimit } from "@/lib/rate-limit";
import { blockPerson, saveMessageAudience, unblockPerson } from "./blocks";
import { loadBlockTarget, loadConversationFacts, loadMessageReportFacts, loadRecipientFacts, searchRecipientCandidates } from "./facts";
import { leaveConversation, markConversationRead, sendMessage, startConversation } from "./mutations";
import { conversationPath, MESSAGES_PATH } from "./paths";
import { reportMessage } from "./report";
import {
  blockSchema,
  conversationIdSchema,
  findRecipientsSchema,
  messageSettingsSchema,
  parseRecipients,
  reportMessageSchema,
  sendMessageSchema,
  startConversationSchema,
} from "./schemas";

const conversationFacts = ({ conversationId }: { conversationId: string }, actor: { id: string }) => loadConversationFacts(conversationId, actor.id);

/**
 * A new conversation. Names that match nobody, or people this actor may not write to, are one field error
 * ("cannot be written to"), the same whether their setting refuses, a block does or they do not exist —
 * a blocked person learns nothing. The rate limit counts only conversations actually started.
 */
export const startConversationAction = defineAction({
  input: startConversationSchema,
  rule: "message.compose",
  run: async ({ recipients, title, body }, { actor }) => {
    const named = parseRecipients(recipients);
    const { found, unknown } = await loadRecipientFacts(actor.id, named);
    const refused = [...unknown, ...found.filter((c) => !can(actor, "message.start", { recipients: [c.facts] })).map((c) => c.username)];
    if (refused.length > 0) return fail("invalid_input", { fieldErrors: { recipients: ["cannotWriteTo"] }, params: { names: refused.join(", ") } });
    // The rule over the whole group (its size, every member) is the one the conversation is started under.
    if (!can(actor, "message.start", { recipients: found.map((c) => c.facts) })) return fail("forbidden");
    const limit = await consumeRateLimit("conversationsPerAccount", actor.id);
    if (!limit.allowed) return rateLimited(limit.retryAfterSeconds);
    const id = await startConversation({ sender: actor, recipientIds: found.map((c) => c.facts.id), title, body });
    revalidatePath(MESSAGES_PATH, "layout");
    return ok({ id });
  },
});

/** The recipient picker offers only people "message.start" allows: never someone blocked (either way), nor one who accepts no messages. */
export const findRecipientsAction = defineAction({
  input: findRecipientsSchema,
  rule: "message.compose",
  run: async ({ q }, { actor }) => {
    if (q.length < 2) return ok({ people: [] });
    const candidates = await searchRecipientCandidates(actor.id, q);
    const people = candidates.filter((c) => can(actor, "message.start", { recipients: [c.facts] })).slice(0, 8);
    return ok({ people: people.map(({ username, displayName }) => ({ username, displayName })) });
  },
});

export const sendMessageAction = defineAction({
  input: sendMessageSchema,
  rule: "message.send",
  subject: conversationFacts,
  // Closed (a block either way, or the other account gone) reads the same as any refusal: "cannot be continued".
  refusal: (subject) => (subject.conversation.member ? "conversation_closed" : null),
  run: async ({ conversationId, body }, { actor }) => {
    const id = await sendMessage({ conversationId, sender: actor, body });
    revalidatePath(conversationPath(conversationId));
    return ok({ id });
  },
});

/** The conversation page marks itself read once on screen (the page only reads). */
export const markConversationReadAction = defineAction({
  input: conversationIdSchema,
  rule: "message.read",
  subject: conversationFacts,
  run: async ({ conversationId }, { actor }) => {
    await markConversationRead({ conversationId, userId: actor.id });
    return ok();
  },
});

export const leaveConversationAction = defineAction({
  input: conversationIdSchema,
  rule: "message.leave",
  subject: conversationFacts,
  run: async ({ conversationId }, { actor }) => {
    await leaveConversation({ conversationId, userId: actor.id });
    revalidatePath(MESSAGES_PATH, "layout");
    return ok();
  },
});

export const reportMessageAction = defineAction({
  input: reportMessageSchema,
  rule: "message.report",
  subject: ({ messageId }, actor) => loadMessageReportFacts(messageId, actor.id),
  run: async ({ messageId, reason, explanation, includeContext }, { actor }) => {
    const outcome = await reportMessage({ reporter: actor, messageId, reason, explanation, includeContext });
    if (!outcome.ok) return fail("already_reported");
    revalidatePath(MODERATION_PATH);
    return ok({ id: outcome.id });
  },
});

export const blockPersonAction = defineAction({
  input: blockSchema,
  rule: "message.block",
  subject: ({ userId }) => loadBlockTarget(userId),
  run: async ({ userId }, { actor }) => {
    await blockPerson({ blockerId: actor.id, blockedId: userId });
    revalidatePath(MESSAGES_PATH, "layout");
    revalidatePath("/einstellungen");
    return ok();
  },
});

export const unblockPersonAction = defineAction({
  input: blockSchema,
  rule: "message.unblock",
  run: async ({ userId }, { actor }) => {
    await unblockPerson({ blockerId: actor.id, blockedId: userId });
    revalidatePath(MESSAGES_PATH, "layout");
    revalidatePath("/einstellungen");
    return ok();
  },
});

export const saveMessageSettingsAction = defineAction({
  input: messageSettingsSchema,
  rule: "message.settings",
  run: async ({ audience }, { actor }) => {
    await saveMessageAudience({ userId: actor.id, audience });
    revalidatePath("/einstellungen");
    return ok();
  },
});
