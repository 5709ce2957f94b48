import Link from "next/link";
import { useTranslations } from "next-intl";
import { decisionPath } from "@/lib/moderation/paths";
import { isRuleOfConduct } from "@/lib/moderation/rules-of-conduct";

type HiddenTarget = "comment" | "announcement";

/** For everyone but the author: that something is hidden, and nothing about what or why. */
export function HiddenNotice({ targetType }: { targetType: HiddenTarget }) {
  const t = useTranslations("reports.hidden");
  return <p className="rounded-md border border-slate-400 bg-slate-100 px-3 py-2 text-slate-800 italic">{t(`neutral.${targetType}`)}</p>;
}

/** For the author of hidden content: it is hidden, only they still see it, which rule, and where to object. */
export function OwnHiddenNotice({ targetType, hidden }: { targetType: HiddenTarget; hidden: { decisionId: string; ruleKey: string | null } }) {
  const t = useTranslations("reports.hidden");
  const tRules = useTranslations("conduct.rules");
  return (
    <div className="flex flex-col gap-1 rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-amber-950">
      <p className="font-semibold">{t(`own.${targetType}`)}</p>
      {hidden.ruleKey && isRuleOfConduct(hidden.ruleKey) && <p>{t("rule", { rule: tRules(hidden.ruleKey) })}</p>}
      <p>
        <Link href={decisionPath(hidden.decisionId)} className="font-medium text-amber-950 hover:text-amber-900">
          {t("reasonsLink")}
        </Link>
      </p>
    </div>
  );
}
