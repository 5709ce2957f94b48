"use server";

import { definePublicAction, defineAction } from "@/lib/action/define-action";
import { fail, ok, rateLimited } from "@/lib/action/result";
import { HOME_PATH } from "@/lib/http/paths";
import { consumeRateLimits, resetRateLimit } from "@/lib/rate-limit";
import { clientIp } from "@/lib/request-ip";
import { checkPassword, findPasswordAccount, passwordLimitKey } from "./credentials";
import { noInputSchema, passwordSignInSchema, requestLinkSchema } from "./schemas";
import { endAllSessions, endCurrentSession, startSession } from "./session";
import { sendSignInLink } from "./sign-in-link";

/** Sends a sign-in link. The answer is the same whether or not the address has an account. */
export const requestMagicLinkAction = definePublicAction({
  input: requestLinkSchema,
  rule: "auth.requestLink",
  run: ({ email }) => sendSignInLink(email, HOME_PATH),
});

export const signInWithPasswordAction = definePublicAction({
  input: passwordSignInSchema,
  rule: "auth.signInWithPassword",
  run: async ({ identifier, password }) => {
    const account = await findPasswordAccount(identifier);
    const accountKey = passwordLimitKey(identifier, account);
    const limit = await consumeRateLimits([
      ["passwordPerAccount", accountKey],
      ["passwordPerIp", await clientIp()],
    ]);
    if (!limit.allowed) return rateLimited(limit.retryAfterSeconds);
    // One message for every failure: it must not tell whether the name or the password was wrong.
    const valid = await checkPassword(account, password);
    if (!valid || !account) return fail("invalid_credentials");
    await resetRateLimit("passwordPerAccount", accountKey);
    await startSession(account.id);
    return ok();
  },
});

export const signOutAction = defineAction({
  input: noInputSchema,
  rule: "auth.signOut",
  run: async () => {
    await endCurrentSession();
    return ok();
  },
});

export const signOutEverywhereAction = defineAction({
  input: noInputSchema,
  rule: "auth.signOutEverywhere",
  run: async (_input, { actor }) => {
    await endAllSessions(actor.id);
    await endCurrentSession();
    return ok();
  },
});
