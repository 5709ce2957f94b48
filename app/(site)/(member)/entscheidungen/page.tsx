import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { decisionPath } from "@/lib/moderation/paths";
import { listStatementsAbout } from "@/lib/moderation/decisions/list-decisions";
import { isRuleOfConduct } from "@/lib/moderation/rules-of-conduct";
import { APPEAL_PERIOD_MONTHS, appealDeadline } from "@/lib/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports.decisions"))("title") };
}

/** Every moderation decision about the signed-in person that came with a statement of reasons, newest first. */
export default async function DecisionsPage() {
  const user = await requirePageAccess("area.member");
  const [decisions, t, tKinds, tRules, tOutcomes, format] = await Promise.all([
    listStatementsAbout(user.id),
    getTranslations("reports.decisions"),
    getTranslations("conduct.kinds"),
    getTranslations("conduct.rules"),
    getTranslations("conduct.appealOutcomes"),
    getFormatter(),
  ]);
  const now = new Date();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long" });

  const stateOf = (decision: (typeof decisions)[number]) => {
    if (decision.reversedAt) return t("state.reversed", { date: date(decision.reversedAt) });
    if (decision.appealStatus === "open") return t("state.appealOpen");
    if (decision.appealStatus) return t("state.appealDecided", { outcome: tOutcomes(decision.appealStatus) });
    const deadline = appealDeadline(decision.createdAt);
    return now < deadline ? t("state.appealable", { deadline: date(deadline) }) : t("state.deadlinePassed");
  };

  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <h1>{t("title")}</h1>
      <p>{t("intro", { months: APPEAL_PERIOD_MONTHS })}</p>
      {decisions.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="flex flex-col gap-3">
          {decisions.map((decision) => (
            <li key={decision.id} className="flex flex-col gap-1 rounded-lg border border-slate-300 bg-white p-4">
              <p className="font-semibold">
                <Link href={decisionPath(decision.id)}>{t("linkText", { kind: tKinds(decision.kind), date: date(decision.createdAt) })}</Link>
              </p>
              {decision.ruleKey && isRuleOfConduct(decision.ruleKey) && <p>{t("rule", { rule: tRules(decision.ruleKey) })}</p>}
              <p className="text-slate-800">{stateOf(decision)}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
