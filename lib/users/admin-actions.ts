"use server";

import { revalidatePath } from "next/cache";
import { renewEveryPage } from "@/lib/cache/renew-every-page";
import { defineAction } from "@/lib/action/define-action";
import { fail, ok } from "@/lib/action/result";
import { suspendAccount } from "@/lib/moderation/decisions/suspend-account";
import { changeEmail, changeRole, setVerification, unsuspendUser } from "./mutations";
import { loadTargetAccountFacts } from "./queries";
import { changeEmailSchema, changeRoleSchema, setVerificationSchema, suspendUserSchema, unsuspendUserSchema } from "./schemas";
import { ADMIN_PATH, adminUserPath } from "./paths";

const revalidateUser = (userId: string) => {
  revalidatePath(adminUserPath(userId));
  revalidatePath(ADMIN_PATH);
  // A name, a suspension or a deletion shows on public pages (authors of comments): renew them all.
  renewEveryPage();
};

export const changeRoleAction = defineAction({
  input: changeRoleSchema,
  rule: "admin.user.changeRole",
  subject: async ({ userId, role }) => {
    const target = await loadTargetAccountFacts(userId);
    return target && { target, newRole: role };
  },
  run: async ({ userId, role, reason }, { actor, subject }) => {
    await changeRole({ actorId: actor.id, targetId: userId, role, previousRole: subject.target.role, reason });
    revalidateUser(userId);
    return ok();
  },
});

export const setVerificationAction = defineAction({
  input: setVerificationSchema,
  rule: "admin.user.setVerification",
  subject: async ({ userId }) => {
    const target = await loadTargetAccountFacts(userId);
    return target && { target };
  },
  run: async ({ userId, verified, reason }, { actor }) => {
    await setVerification({ actorId: actor.id, targetId: userId, verified, reason });
    revalidateUser(userId);
    return ok();
  },
});

export const suspendUserAction = defineAction({
  input: suspendUserSchema,
  rule: "admin.user.suspend",
  subject: async ({ userId }) => {
    const target = await loadTargetAccountFacts(userId);
    return target && { target };
  },
  run: async ({ userId, duration, ruleKey, reason }, { actor }) => {
    await suspendAccount({ actor, userId, ruleKey, facts: reason, duration });
    revalidateUser(userId);
    return ok();
  },
});

export const unsuspendUserAction = defineAction({
  input: unsuspendUserSchema,
  rule: "admin.user.unsuspend",
  subject: async ({ userId }) => {
    const target = await loadTargetAccountFacts(userId);
    return target && { target };
  },
  run: async ({ userId, reason }, { actor }) => {
    await unsuspendUser({ actorId: actor.id, targetId: userId, reason });
    revalidateUser(userId);
    return ok();
  },
});

export const changeEmailAction = defineAction({
  input: changeEmailSchema,
  rule: "admin.user.changeEmail",
  subject: async ({ userId }) => {
    const target = await loadTargetAccountFacts(userId);
    return target && { target };
  },
  run: async ({ userId, email, reason }, { actor }) => {
    const outcome = await changeEmail({ actorId: actor.id, targetId: userId, email, reason });
    if (!outcome.ok) {
      if (outcome.reason === "not_found") return fail("not_found");
      return fail(outcome.reason === "taken" ? "email_taken" : "invalid_input", {
        fieldErrors: { email: [outcome.reason === "taken" ? "emailTaken" : "emailUnchanged"] },
      });
    }
    revalidateUser(userId);
    return ok({ staffRoleRemoved: outcome.staffRoleRemoved });
  },
});
