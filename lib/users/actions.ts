"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action/define-action";
import { fail, ok } from "@/lib/action/result";
import { setPasswordSchema } from "@/lib/auth/schemas";
import { getDistrictSettings } from "@/lib/district/queries";
import { completeProfile, setPassword, updateProfile } from "./mutations";
import { completeProfileSchema, updateProfileSchema } from "./schemas";
import { HOME_PATH } from "@/lib/http/paths";

export const completeProfileAction = defineAction({
  input: completeProfileSchema,
  rule: "profile.complete",
  run: async (input, { actor }) => {
    const { termsVersion } = await getDistrictSettings();
    const saved = await completeProfile({ userId: actor.id, termsVersion, ...input });
    if (!saved) return fail("username_taken", { fieldErrors: { username: ["usernameTaken"] } });
    return ok();
  },
});

export const updateProfileAction = defineAction({
  input: updateProfileSchema,
  rule: "account.updateProfile",
  run: async (input, { actor }) => {
    await updateProfile({ userId: actor.id, ...input });
    revalidatePath(HOME_PATH, "layout");
    return ok();
  },
});

export const setPasswordAction = defineAction({
  input: setPasswordSchema,
  rule: "account.setPassword",
  run: async ({ password }, { actor }) => {
    await setPassword({ userId: actor.id, password });
    return ok();
  },
});
