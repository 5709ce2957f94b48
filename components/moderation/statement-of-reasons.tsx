import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { Statement } from "@/lib/moderation/decisions/statement";
import { isRuleOfConduct } from "@/lib/moderation/rules-of-conduct";

const TERMS_PATH = "/nutzungsbedingungen";

/**
 * The statement of reasons (DSA Art. 17) as the affected person reads it: the measure, for a
 * suspension until when, the rule of the terms in the version then in force, the facts, the date,
 * whether it was reversed, and the content it is about. The decision page and the suspended
 * page show the same; the appeal follows separately (AppealSection).
 */
export function StatementOfReasons({ statement }: { statement: Statement }) {
  const t = useTranslations("reports.statement");
  const tKinds = useTranslations("conduct.kinds");
  const tRules = useTranslations("conduct.rules");
  const format = useFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeStyle: "short" });
  const rule = statement.ruleKey && isRuleOfConduct(statement.ruleKey) ? tRules(statement.ruleKey) : null;

  return (
    <>
      {statement.reversedAt && (
        <p className="rounded-md border border-green-800 bg-green-50 px-3 py-2 font-medium text-green-900">
          {t("reversedNotice", { date: date(statement.reversedAt) })}
        </p>
      )}
      <section aria-labelledby="begruendung" className="flex flex-col gap-3">
        <h2 id="begruendung">{t("title")}</h2>
        <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">{t("measure")}</dt>
          <dd>{tKinds(statement.kind)}</dd>
          {statement.kind === "suspend" && (
            <>
              <dt className="font-semibold">{t("suspendedUntil")}</dt>
              <dd>{statement.suspendedUntil ? date(statement.suspendedUntil) : t("indefinite")}</dd>
            </>
          )}
          {rule && (
            <>
              <dt className="font-semibold">{t("rule")}</dt>
              <dd className="flex flex-col gap-1">
                <span>{rule}</span>
                <span>
                  <Link href={TERMS_PATH}>{t("terms", { version: statement.termsVersion })}</Link>
                </span>
              </dd>
            </>
          )}
          <dt className="font-semibold">{t("facts")}</dt>
          <dd className="whitespace-pre-wrap [overflow-wrap:anywhere]">{statement.facts}</dd>
          <dt className="font-semibold">{t("decidedAt")}</dt>
          <dd>
            <time dateTime={statement.createdAt.toISOString()}>{date(statement.createdAt)}</time>
          </dd>
          <dt className="font-semibold">{t("reversed")}</dt>
          <dd>{statement.reversedAt ? t("reversedYes", { date: date(statement.reversedAt) }) : t("reversedNo")}</dd>
        </dl>
      </section>
      <StatementTarget statement={statement} />
    </>
  );
}

/** What the decision was about: the author's own text (they may read it even while it is hidden). */
function StatementTarget({ statement }: { statement: Statement }) {
  const t = useTranslations("reports.statement");
  const target = statement.target;

  let body;
  if (!target) {
    body = <p>{t(`targetGone.${statement.targetType}`)}</p>;
  } else if (target.type === "user") {
    // No link: a suspended account could not open the profile page anyway.
    body = <p>{t("targetProfile")}</p>;
  } else {
    body = (
      <>
        <p>{target.context ? t("targetCommentOn", { title: target.context.title }) : t(`targetKind.${target.type}`)}</p>
        {target.text && (
          <blockquote className="rounded-lg border-l-4 border-slate-400 bg-white px-4 py-3 whitespace-pre-wrap [overflow-wrap:anywhere]">
            {target.text}
          </blockquote>
        )}
        <p>
          <Link href={target.href}>{t(`open.${target.type}`)}</Link>
        </p>
      </>
    );
  }

  return (
    <section aria-labelledby="betroffener-inhalt" className="flex flex-col gap-3">
      <h2 id="betroffener-inhalt">{t("targetTitle")}</h2>
      {body}
    </section>
  );
}
