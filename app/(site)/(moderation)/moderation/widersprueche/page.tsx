import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { excerpt, getConductLabels } from "@/components/moderation/labels";
import { ModerationPageHeader } from "@/components/moderation/moderation-nav";
import { PersonName } from "@/components/moderation/person-name";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { moderationAppealPath } from "@/lib/moderation/paths";
import { listOpenAppeals } from "@/lib/moderation/appeals/list-appeals";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("moderation.appeals"))("title") };
}

/** Open appeals, oldest first, each with the decision it is against. */
export default async function AppealsPage() {
  const actor = await requirePageAccess("moderation.queue.read");
  const [t, tQueue, tDecisions, labels, appeals] = await Promise.all([
    getTranslations("moderation.appeals"),
    getTranslations("moderation.queue"),
    getTranslations("moderation.decisions"),
    getConductLabels(),
    listOpenAppeals(),
  ]);
  return (
    <div className="flex flex-col gap-8">
      <ModerationPageHeader title={t("title")} current="appeals" intro={t("intro")} />
      <section aria-labelledby="open-appeals" className="flex flex-col gap-4">
        <h2 id="open-appeals">{t("listTitle")}</h2>
        {appeals.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <ol className="flex flex-col gap-3">
            {appeals.map((appeal) => {
              const { decision } = appeal;
              const name = appeal.appellant?.displayName ?? appeal.appellant?.username ?? t("unknownAppellant");
              const rule = labels.rule(decision.ruleKey);
              return (
                <li key={appeal.id} className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-4">
                  <h3 className="text-lg font-semibold">
                    <Link href={moderationAppealPath(appeal.id)}>{t("item", { name })}</Link>
                  </h3>
                  <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                    <dt className="font-medium">{t("against")}</dt>
                    <dd>
                      {labels.kind(decision.kind)} ({labels.targetType(decision.targetType)}){rule && <> – {rule}</>}
                    </dd>
                    <dt className="font-medium">{t("decidedBy")}</dt>
                    <dd>
                      <PersonName person={decision.moderator} fallback={tDecisions("unknownModerator")} viewerId={actor.id} youLabel={tQueue("you")} withUsername={false} />
                      {", "}
                      <time dateTime={decision.createdAt.toISOString()}>{labels.dateTime(decision.createdAt)}</time>
                    </dd>
                    <dt className="font-medium">{t("filedAt")}</dt>
                    <dd>
                      <time dateTime={appeal.createdAt.toISOString()}>{labels.dateTime(appeal.createdAt)}</time>
                    </dd>
                    <dt className="font-medium">{t("statement")}</dt>
                    <dd>{excerpt(appeal.statement, 200)}</dd>
                  </dl>
                  {decision.moderator?.id === actor.id && <p className="text-sm font-medium">{t("ownDecision")}</p>}
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
