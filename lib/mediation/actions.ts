"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action/define-action";
import { fail, ok } from "@/lib/action/result";
import { closeMediation, openMediation, postMediationMessage } from "./mutations";
import { MEDIATION_LIST_PATH, mediationPath } from "./paths";
import { findAccountsByUsername, loadMediationFacts } from "./queries";
import { confidentialParties } from "@/lib/policy";
import { searchPeopleByName } from "@/lib/users/queries";
import { closeMediationSchema, openMediationFromReportSchema, openMediationSchema, parseUsernames, postMediationMessageSchema, searchPeopleSchema } from "./schemas";
import { loadMediationSource } from "./source";

type Refusal = ReturnType<typeof fail>;

/** The named parties as accounts, or the field error that says which names are not usable. */
async function resolveParties(parties: string, actorId: string): Promise<{ error: Refusal } | { accounts: Array<{ id: string }> }> {
  const usernames = parseUsernames(parties);
  const accounts = (await findAccountsByUsername(usernames)).filter((a) => a.status !== "deleted");
  const found = new Set(accounts.map((a) => a.username?.toLowerCase()));
  const unknown = usernames.filter((name) => !found.has(name.toLowerCase()));
  if (unknown.length > 0) {
    return { error: fail("invalid_input", { fieldErrors: { parties: ["partiesUnknown"] }, params: { names: unknown.join(", ") } }) };
  }
  if (accounts.some((a) => a.id === actorId)) return { error: fail("invalid_input", { fieldErrors: { parties: ["partyIsModerator"] } }) };
  return { accounts };
}

export const openMediationAction = defineAction({
  input: openMediationSchema,
  rule: "mediation.open",
  run: async ({ title, parties, message }, { actor }) => {
    const resolved = await resolveParties(parties, actor.id);
    if ("error" in resolved) return resolved.error;
    const caseId = await openMediation({ moderatorId: actor.id, title, partyIds: resolved.accounts.map((a) => a.id), message });
    revalidatePath(MEDIATION_LIST_PATH);
    return ok({ caseId });
  },
});

/** From a report's review page: the case remembers the target; a reporter who did not agree to be named is refused as a party. */
export const openMediationFromReportAction = defineAction({
  input: openMediationFromReportSchema,
  rule: "mediation.openFromReport",
  subject: async ({ sourceType, sourceId }) => (await loadMediationSource(sourceType, sourceId))?.facts ?? null,
  run: async ({ title, parties, message, sourceType, sourceId }, { actor, subject }) => {
    const resolved = await resolveParties(parties, actor.id);
    if ("error" in resolved) return resolved.error;
    const partyIds = resolved.accounts.map((a) => a.id);
    if (confidentialParties(subject.source, partyIds).length > 0) return fail("invalid_input", { fieldErrors: { parties: ["partyIsConfidentialReporter"] } });
    const caseId = await openMediation({ moderatorId: actor.id, title, partyIds, message, source: { type: sourceType, id: sourceId } });
    revalidatePath(MEDIATION_LIST_PATH);
    return ok({ caseId });
  },
});

/** The people search of the party picker: up to 8 accounts by display name or username. */
export const searchMediationPeopleAction = defineAction({
  input: searchPeopleSchema,
  rule: "mediation.open",
  run: async ({ q }) => ok({ people: q.length < 2 ? [] : await searchPeopleByName(q) }),
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
