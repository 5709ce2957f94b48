"use server";

import { revalidatePath } from "next/cache";
import { renewEveryPage } from "@/lib/cache/renew-every-page";
import { defineAction } from "@/lib/action/define-action";
import { fail, ok } from "@/lib/action/result";
import { decideAppeal } from "./appeals/decide-appeal";
import { submitAppeal } from "./appeals/submit-appeal";
import { decide } from "./decisions/decide";
import { loadAppealableDecisionFacts, loadAppealFacts, loadDecisionFacts, loadReportFacts } from "./facts";
import { MODERATION_PATH, TRANSPARENCY_PATH, decisionPath, moderationAppealPath, moderationTargetPath } from "./paths";
import { claimReports } from "./reports/claim-reports";
import { createReport } from "./reports/create-report";
import { appealSchema, claimSchema, decideAppealSchema, decideSchema, reportSchema } from "./schemas";
import { loadTarget } from "./targets";

/**
 * A decision (or its reversal on appeal) hides or restores content wherever it appears — lists, the
 * home page, search, the transparency figures — and visitors' cached pages must never show hidden
 * content: every page is renewed on its next request.
 */

export const reportAction = defineAction({
  input: reportSchema,
  rule: "report.create",
  subject: ({ targetType, targetId }) => loadReportFacts(targetType, targetId),
  run: async ({ targetType, targetId, reason, explanation, mediationConsent }, { actor }) => {
    const outcome = await createReport({ reporter: actor, target: { type: targetType, id: targetId }, reason, explanation, mediationConsent });
    if (!outcome.ok) return fail("already_reported");
    revalidatePath(MODERATION_PATH);
    // The transparency report counts reports received.
    revalidatePath(TRANSPARENCY_PATH);
    return ok({ id: outcome.id });
  },
});

export const claimReportsAction = defineAction({
  input: claimSchema,
  rule: "moderation.report.claim",
  subject: ({ targetType, targetId }) => loadDecisionFacts(targetType, targetId),
  run: async ({ targetType, targetId }, { actor }) => {
    const claimed = await claimReports({ moderatorId: actor.id, target: { type: targetType, id: targetId } });
    if (claimed === 0) return fail("not_found");
    revalidatePath(moderationTargetPath(targetType, targetId));
    revalidatePath(MODERATION_PATH);
    return ok({ claimed });
  },
});

export const decideAction = defineAction({
  input: decideSchema,
  rule: "moderation.decide",
  subject: async ({ targetType, targetId, kind }) => {
    const subject = await loadDecisionFacts(targetType, targetId);
    return subject && { target: subject.target, kind };
  },
  run: async ({ targetType, targetId, kind, ruleKey, facts, duration }, { actor }) => {
    const target = await loadTarget(targetType, targetId);
    const decisionId = await decide({
      moderator: actor,
      target: { type: targetType, id: targetId, author: target?.author ?? null, text: target?.text ?? null },
      kind,
      ruleKey,
      facts,
      duration,
    });
    revalidatePath(moderationTargetPath(targetType, targetId));
    revalidatePath(MODERATION_PATH);
    if (target) revalidatePath(target.href.split(/[?#]/)[0]!);
    renewEveryPage();
    return ok({ decisionId });
  },
});

export const appealAction = defineAction({
  input: appealSchema,
  rule: "moderation.appeal.submit",
  subject: ({ decisionId }) => loadAppealableDecisionFacts(decisionId),
  run: async ({ decisionId, statement }, { actor }) => {
    const outcome = await submitAppeal({ appellant: actor, decisionId, statement });
    if (!outcome.ok) return fail("already_appealed");
    revalidatePath(decisionPath(decisionId));
    revalidatePath(TRANSPARENCY_PATH);
    return ok({ id: outcome.id });
  },
});

export const decideAppealAction = defineAction({
  input: decideAppealSchema,
  rule: "moderation.appeal.decide",
  subject: ({ appealId }) => loadAppealFacts(appealId),
  run: async ({ appealId, outcome, note }, { actor }) => {
    const result = await decideAppeal({ moderator: actor, appealId, outcome, note });
    if (!result.ok) return fail(result.reason);
    revalidatePath(moderationAppealPath(appealId));
    revalidatePath(decisionPath(result.decisionId));
    renewEveryPage();
    return ok({ decisionId: result.decisionId });
  },
});
