"use server";

import { renewEveryPage } from "@/lib/cache/renew-every-page";
import { getLocale } from "next-intl/server";
import { toLocale } from "@/lib/i18n/config";
import { defineAction, definePublicAction } from "@/lib/action/define-action";
import { fail, ok, rateLimited } from "@/lib/action/result";
import { noInputSchema } from "@/lib/auth/schemas";
import { endCurrentSession, isCurrentSessionFresh } from "@/lib/auth/session";
import { sendSignInLink } from "@/lib/auth/sign-in-link";
import { consumeRateLimits } from "@/lib/rate-limit";
import { clientIp } from "@/lib/request-ip";
import { confirmDeletion } from "./confirm-deletion";
import { deleteAccount } from "./delete-account";
import { recordAccessibilityFeedback } from "./accessibility-feedback";
import { requestPersonalDataExport } from "./export/store";
import { accessibilityFeedbackSchema, deleteAccountSchema, legalSettingsSchema, requestExportSchema } from "./schemas";
import { updateLegalSettings } from "./legal-settings";
import { accountEmail } from "./account-email";
import { loadOwnAccountFacts } from "./account-facts";
import { DELETE_ACCOUNT_PATH } from "./paths";

export const deleteAccountAction = defineAction({
  input: deleteAccountSchema,
  rule: "account.delete",
  subject: (_input, actor) => loadOwnAccountFacts(actor.id),
  refusal: ({ account }) => (account.lastActiveAdmin ? "last_admin" : null),
  run: async ({ password, deleteComments }, { actor }) => {
    const limit = await consumeRateLimits([["passwordPerAccount", `account:${actor.id}`]]);
    if (!limit.allowed) return rateLimited(limit.retryAfterSeconds);
    const confirmation = await confirmDeletion({ userId: actor.id, password, sessionIsFresh: await isCurrentSessionFresh() });
    if (confirmation === "password_required") return fail("invalid_input", { fieldErrors: { password: ["required"] } });
    if (confirmation === "password_wrong") return fail("current_password_wrong", { fieldErrors: { password: ["currentPasswordWrong"] } });
    if (confirmation === "fresh_sign_in_required") return fail("fresh_sign_in_required");
    // Another admin may have deleted their account meanwhile: the deletion asks again under a lock.
    if ((await deleteAccount({ userId: actor.id, deleteComments })) === "last_admin") return fail("last_admin");
    await endCurrentSession();
    // Their comments now read "gelöschtes Mitglied" (or are gone): renew every page, cached ones too.
    renewEveryPage();
    return ok();
  },
});

/** An account without password confirms its deletion by a sign-in link that leads back to "Konto löschen". */
export const sendDeletionLinkAction = defineAction({
  input: noInputSchema,
  rule: "account.delete",
  subject: (_input, actor) => loadOwnAccountFacts(actor.id),
  refusal: ({ account }) => (account.lastActiveAdmin ? "last_admin" : null),
  run: async (_input, { actor }) => {
    const email = await accountEmail(actor.id);
    if (!email) return fail("not_found");
    return sendSignInLink(email, DELETE_ACCOUNT_PATH);
  },
});

/** Records the request and enqueues the build: the worker builds the ZIP and notifies the person (export_ready). */
export const requestDataExportAction = defineAction({
  input: requestExportSchema,
  rule: "account.exportData",
  run: async (_input, { actor }) => {
    const limit = await consumeRateLimits([["exportPerAccount", `account:${actor.id}`]]);
    if (!limit.allowed) return rateLimited(limit.retryAfterSeconds);
    const requested = await requestPersonalDataExport(actor.id, { locale: toLocale(await getLocale()) });
    return ok({ id: requested.id });
  },
});

export const sendAccessibilityFeedbackAction = definePublicAction({
  input: accessibilityFeedbackSchema,
  rule: "accessibility.sendFeedback",
  run: async (input) => {
    const limit = await consumeRateLimits([["accessibilityFeedbackPerIp", await clientIp()]]);
    if (!limit.allowed) return rateLimited(limit.retryAfterSeconds);
    await recordAccessibilityFeedback(input);
    return ok();
  },
});

export const updateLegalSettingsAction = defineAction({
  input: legalSettingsSchema,
  rule: "admin.settings.update",
  run: async (values, { actor }) => {
    const { changed } = await updateLegalSettings({ actorId: actor.id, values });
    if (changed > 0) renewEveryPage();
    return ok({ changed });
  },
});
