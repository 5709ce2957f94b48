"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action/define-action";
import { fail, ok } from "@/lib/action/result";
import { closeMediation, openMediation, postMediationMessage } from "./mutations";
import { MEDIATION_LIST_PATH, mediationPath } from "./paths";
import { findAccountsByUsername, loadMediationFacts } from "./queries";
import { closeMediationSchema, openMediationSchema, parseUsernames, postMediationMessageSchema } from "./schemas";

export const openMediationAction = defineAction({
  input: openMediationSchema,
  rule: "mediation.open",
  run: async ({ title, parties, message }, { actor }) => {
    const usernames = parseUsernames(parties);
    const accounts = (await findAccountsByUsername(usernames)).filter((a) => a.status !== "deleted");
    const found = new Set(accounts.map((a) => a.username?.toLowerCase()));
    const unknown = usernames.filter((name) => !found.has(name.toLowerCase()));
    if (unknown.length > 0) {
      return fail("invalid_input", { fieldErrors: { parties: ["partiesUnknown"] }, params: { names: unknown.join(", ") } });
    }
    if (accounts.some((a) => a.id === actor.id)) return fail("invalid_input", { fieldErrors: { parties: ["partyIsModerator"] } });
    const caseId = await openMediation({ moderatorId: actor.id, title, partyIds: accounts.map((a) => a.id), message });
    revalidatePath(MEDIATION_LIST_PATH);
    return ok({ caseId });
  },
});

export const postMediationMessageAction = defineAction({
  input: postMediationMessageSchema,
  rule: "mediation.post",
  subject: ({ caseId }) => loadMediationFacts(caseId),
  run: async ({ caseId, body }, { actor }) => {
    if (!(await postMediationMessage({ caseId, authorId: actor.id, body }))) return fail("forbidden");
    revalidatePath(mediationPath(caseId));
    return ok();
  },
});

export const closeMediationAction = defineAction({
  input: closeMediationSchema,
  rule: "mediation.close",
  subject: ({ caseId }) => loadMediationFacts(caseId),
  run: async ({ caseId, outcomeNote }, { actor }) => {
    if (!(await closeMediation({ caseId, moderatorId: actor.id, outcomeNote }))) return fail("forbidden");
    revalidatePath(mediationPath(caseId));
    revalidatePath(MEDIATION_LIST_PATH);
    return ok();
  },
});
