"use server";

import { renewEveryPage } from "@/lib/cache/renew-every-page";
import { defineAction } from "@/lib/action/define-action";
import { fail, ok } from "@/lib/action/result";
import { acceptTerms, publishTermsVersion } from "./mutations";
import { acceptTermsSchema, publishTermsSchema } from "./schemas";

export const publishTermsAction = defineAction({
  input: publishTermsSchema,
  rule: "admin.terms.publish",
  run: async ({ body, bodyEn, changeSummary }, { actor }) => {
    const result = await publishTermsVersion({ actorId: actor.id, body, bodyEn: bodyEn || null, changeSummary });
    if (result.outcome === "unchanged") return fail("invalid_input", { fieldErrors: { body: ["termsUnchanged"] } });
    // No revalidation here: a refresh of the admin's page would already pass the gate, which now
    // sends the admin to accept the new version too, before they could read that publishing worked.
    return ok({ version: result.version });
  },
});

export const acceptTermsAction = defineAction({
  input: acceptTermsSchema,
  rule: "terms.accept",
  run: async ({ version }, { actor }) => {
    const outcome = await acceptTerms({ userId: actor.id, version });
    if (outcome === "outdated") return fail("invalid_input", { fieldErrors: { accept: ["termsOutdated"] } });
    renewEveryPage();
    return ok();
  },
});
