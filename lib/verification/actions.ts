"use server";

import { revalidatePath } from "next/cache";
import { renewEveryPage } from "@/lib/cache/renew-every-page";
import { defineAction } from "@/lib/action/define-action";
import { fail, ok, rateLimited, type ActionErrorCode } from "@/lib/action/result";
import { consumeRateLimits } from "@/lib/rate-limit";
import { clientIp } from "@/lib/request-ip";
import { issueVerificationCodes, redeemVerificationCode, revokeVerificationCode, type RedeemOutcome } from "./mutations";
import { issueBatchSchema, issueCodeSchema, redeemCodeSchema, revokeCodeSchema } from "./schemas";

const CODES_PATH = "/verifizierungscodes";

export const issueVerificationCodeAction = defineAction({
  input: issueCodeSchema,
  rule: "verification.manageCodes",
  run: async ({ note }, { actor }) => {
    const issued = await issueVerificationCodes({ actorId: actor.id, count: 1, note: note || null, batch: null });
    revalidatePath(CODES_PATH);
    const [code] = issued.codes;
    return ok({ code: code!.code, reference: code!.reference, expiresAt: issued.expiresAt });
  },
});

export const issueVerificationBatchAction = defineAction({
  input: issueBatchSchema,
  rule: "verification.manageCodes",
  run: async ({ count, note, language }, { actor }) => {
    const issued = await issueVerificationCodes({ actorId: actor.id, count, note: note || null, batch: { language } });
    revalidatePath(CODES_PATH);
    return ok(issued);
  },
});

export const revokeVerificationCodeAction = defineAction({
  input: revokeCodeSchema,
  rule: "verification.manageCodes",
  run: async ({ codeId, reason }, { actor }) => {
    const outcome = await revokeVerificationCode({ actorId: actor.id, codeId, reason: reason || null });
    revalidatePath(CODES_PATH);
    if (outcome.ok) return ok();
    return fail(outcome.reason === "not_found" ? "not_found" : `verification_code_${outcome.reason}`);
  },
});

const redeemFailure: Record<Exclude<RedeemOutcome, { ok: true }>["reason"], { error: ActionErrorCode; field?: string }> = {
  unknown: { error: "verification_code_unknown", field: "verificationCodeUnknown" },
  used: { error: "verification_code_used", field: "verificationCodeUsed" },
  expired: { error: "verification_code_expired", field: "verificationCodeExpired" },
  revoked: { error: "verification_code_revoked", field: "verificationCodeRevoked" },
  already_verified: { error: "already_verified" },
};

export const redeemVerificationCodeAction = defineAction({
  input: redeemCodeSchema,
  rule: "verification.redeemCode",
  run: async ({ code }, { actor }) => {
    // Counted before the lookup, so no answer comes back once a bucket is full.
    const limit = await consumeRateLimits([
      ["verificationCodePerAccount", actor.id],
      ["verificationCodePerIp", await clientIp()],
    ]);
    if (!limit.allowed) return rateLimited(limit.retryAfterSeconds);

    const outcome = await redeemVerificationCode({ userId: actor.id, code });
    if (outcome.ok) {
      // The badge appears in the header and next to the name everywhere.
      renewEveryPage();
      return ok();
    }
    const { error, field } = redeemFailure[outcome.reason];
    return fail(error, field ? { fieldErrors: { code: [field] } } : {});
  },
});
