import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { moderationTargetTypes } from "@/db/schema/moderation";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { MEDIATION_LIST_PATH, SOURCE_ID_PARAM, SOURCE_TYPE_PARAM } from "@/lib/mediation/paths";
import { loadMediationSource, type MediationSource } from "@/lib/mediation/source";
import { moderationTargetPath } from "@/lib/moderation/paths";
import type { TargetType } from "@/lib/moderation/targets";
import { can } from "@/lib/policy";
import { OpenMediationForm } from "./open-mediation-form";

type Props = { searchParams: Promise<SearchParams> };

const isTargetType = (value: string | undefined): value is TargetType => moderationTargetTypes.includes(value as TargetType);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mediation.new"))("title") };
}

/** A new case; opened from a report's review page (?art=…&ziel=…), with the parties proposed and the way back. */
export default async function NewMediationPage({ searchParams }: Props) {
  const actor = await requirePageAccess("mediation.open");
  const query = await searchParams;
  const [type, id] = [firstParam(query[SOURCE_TYPE_PARAM]), firstParam(query[SOURCE_ID_PARAM])];
  let source: MediationSource | null = null;
  if (type !== undefined || id !== undefined) {
    source = isTargetType(type) && id && id.length <= 64 ? await loadMediationSource(type, id) : null;
    if (!source) notFound();
  }
  const t = await getTranslations("mediation.new");
  // The same rule the action applies: no mediation about one's own content, nor without a report and an author.
  if (source && !can(actor, "mediation.openFromReport", source.facts)) {
    return (
      <div className="flex max-w-2xl flex-col gap-4">
        <h1>{t("title")}</h1>
        <p>{source.facts.source.authorId === actor.id ? t("notPossibleSelf") : t("notPossibleNoAuthor")}</p>
        <p>
          <Link href={moderationTargetPath(source.ref.type, source.ref.id)}>{t("backToReport")}</Link>
        </p>
      </div>
    );
  }
  const proposed = source ? [source.author, ...source.consentingReporters].filter((p) => p !== null && p.username !== null && p.id !== actor.id) : [];
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <div className="flex flex-col gap-3">
        <p>
          {source ? (
            <Link href={moderationTargetPath(source.ref.type, source.ref.id)}>
              <span aria-hidden="true">←&nbsp;</span>
              {t("backToReport")}
            </Link>
          ) : (
            <Link href={MEDIATION_LIST_PATH}>
              <span aria-hidden="true">←&nbsp;</span>
              {t("back")}
            </Link>
          )}
        </p>
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
        {source && <p>{t("fromReportIntro")}</p>}
        {source && source.confidentialReporterCount > 0 && (
          <p className="rounded-md border border-slate-400 bg-slate-100 px-4 py-3">{t("confidentialReporters", { count: source.confidentialReporterCount })}</p>
        )}
      </div>
      <OpenMediationForm
        source={source?.ref}
        title={source ? t("defaultTitle", { type: source.ref.type }) : ""}
        parties={proposed.map((p) => ({ username: p!.username!, displayName: p!.displayName }))}
      />
    </div>
  );
}
