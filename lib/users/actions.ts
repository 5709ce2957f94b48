"use server";

import { renewEveryPage } from "@/lib/cache/renew-every-page";
import { getLocale } from "next-intl/server";
import { defineAction } from "@/lib/action/define-action";
import { toLocale } from "@/lib/i18n/config";
import { fail, ok } from "@/lib/action/result";
import { setPasswordSchema } from "@/lib/auth/schemas";
import { isCurrentSessionFresh } from "@/lib/auth/session";
import { getDistrictSettings } from "@/lib/district/queries";
import { changePassword, completeProfile, updateProfile } from "./mutations";
import { completeProfileSchema, updateProfileSchema } from "./schemas";

export const completeProfileAction = defineAction({
  input: completeProfileSchema,
  rule: "profile.complete",
  run: async (input, { actor }) => {
    const { termsVersion } = await getDistrictSettings();
    const saved = await completeProfile({ userId: actor.id, termsVersion, locale: toLocale(await getLocale()), ...input });
    if (!saved) return fail("username_taken", { fieldErrors: { username: ["usernameTaken"] } });
    return ok();
  },
});

export const updateProfileAction = defineAction({
  input: updateProfileSchema,
  rule: "account.updateProfile",
  run: async (input, { actor }) => {
    await updateProfile({ userId: actor.id, ...input });
    renewEveryPage();
    return ok();
  },
});

export const setPasswordAction = defineAction({
  input: setPasswordSchema,
  rule: "account.setPassword",
  run: async ({ currentPassword, password }, { actor }) => {
    const change = await changePassword({ userId: actor.id, currentPassword, password, sessionIsFresh: await isCurrentSessionFresh() });
    if (change.outcome === "current_required") return fail("invalid_input", { fieldErrors: { currentPassword: ["required"] } });
    if (change.outcome === "current_wrong") return fail("current_password_wrong", { fieldErrors: { currentPassword: ["currentPasswordWrong"] } });
    if (change.outcome === "too_weak") return fail("invalid_input", { fieldErrors: { password: ["passwordTooWeak"] } });
    return ok();
  },
});
