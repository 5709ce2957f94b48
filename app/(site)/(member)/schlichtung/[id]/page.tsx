import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { getConductLabels } from "@/components/moderation/labels";
import { UserName } from "@/components/user-name";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getSessionUser } from "@/lib/auth/session";
import { MEDIATION_LIST_PATH, OWN_MEDIATIONS_PATH } from "@/lib/mediation/paths";
import { moderationTargetPath } from "@/lib/moderation/paths";
import { getMediationCase, loadMediationFacts, type MediationPerson } from "@/lib/mediation/queries";
import { can, type MaybeActor } from "@/lib/policy";
import { CloseForm } from "./close-form";
import { MessageForm } from "./message-form";

type Props = { params: Promise<{ id: string }> };

/**
 * The case if the actor may read it ("mediation.read": its parties and moderators); "forbidden" for
 * anyone else, null when there is no such case. Shared by the metadata and the page.
 */
const loadReadableCase = cache(async (id: string, actor: MaybeActor) => {
  const facts = id.length > 0 && id.length <= 64 ? await loadMediationFacts(id) : null;
  if (!facts) return null;
  if (!can(actor, "mediation.read", facts)) return "forbidden" as const;
  const mediation = await getMediationCase(id);
  return mediation && { facts, mediation };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, actor] = await Promise.all([params, getSessionUser()]);
  const loaded = await loadReadableCase(id, actor);
  // The title is part of the case: only those who may read it see it, in the tab too.
  return loaded && loaded !== "forbidden" ? { title: loaded.mediation.title } : {};
}

/** A mediation case's private thread: for its parties and moderators. */
export default async function MediationCasePage({ params }: Props) {
  const actor = await requirePageAccess("area.member");
  const { id } = await params;
  const loaded = await loadReadableCase(id, actor);
  if (!loaded) notFound();
  // The true reason, not "your account lacks a role": the case is between other people.
  if (loaded === "forbidden") {
    const t = await getTranslations("mediation.case");
    return (
      <div className="flex max-w-2xl flex-col gap-4">
        <h1>{t("notParty.title")}</h1>
        <p>{t("notParty.text")}</p>
        <p>
          <Link href={OWN_MEDIATIONS_PATH}>{t("notParty.own")}</Link>
        </p>
      </div>
    );
  }
  const { facts, mediation } = loaded;

  const [t, tStatus, labels] = await Promise.all([getTranslations("mediation.case"), getTranslations("mediation.status"), getConductLabels()]);
  const partyIds = new Set(mediation.parties.map((p) => p.id));
  const mayPost = can(actor, "mediation.post", facts);
  const mayClose = can(actor, "mediation.close", facts);
  const isModerator = can(actor, "mediation.open");
  const name = (person: MediationPerson | null) => person?.displayName ?? person?.username ?? t("deletedMember");
  const person = (p: MediationPerson | null) =>
    p ? (
      <UserName
        name={name(p)}
        verification={p.verification}
        role={p.role}
        note={
          p.id === actor.id || !partyIds.has(p.id) ? (
            <span className="text-slate-700">{[!partyIds.has(p.id) ? `(${t("moderation")})` : null, p.id === actor.id ? t("you") : null].filter(Boolean).join(" ")}</span>
          ) : undefined
        }
      />
    ) : (
      <span className="italic">{t("deletedMember")}</span>
    );

  return (
    <div className="flex flex-col gap-10">
      <div className="flex flex-col gap-3">
        <p>
          <Link href={isModerator ? MEDIATION_LIST_PATH : OWN_MEDIATIONS_PATH}>
            <span aria-hidden="true">←&nbsp;</span>
            {isModerator ? t("back") : t("backOwn")}
          </Link>
        </p>
        <h1>{mediation.title}</h1>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">{t("status")}</dt>
          <dd className="mb-2 sm:mb-0">{tStatus(mediation.status)}</dd>
          <dt className="font-medium">{t("parties")}</dt>
          <dd className="mb-2 sm:mb-0">
            <ul className="flex flex-col gap-1">
              {mediation.parties.map((p) => (
                <li key={p.id}>{person(p)}</li>
              ))}
            </ul>
          </dd>
          <dt className="font-medium">{t("openedBy")}</dt>
          <dd className="mb-2 sm:mb-0">{person(mediation.openedBy)}</dd>
          <dt className="font-medium">{t("openedAt")}</dt>
          <dd className="mb-2 sm:mb-0">
            <time dateTime={mediation.createdAt.toISOString()}>{labels.dateTime(mediation.createdAt)}</time>
          </dd>
          {/* Where it came from is for moderators: a party may not know that there was a report, nor who made it. */}
          {isModerator && mediation.source && (
            <>
              <dt className="font-medium">{t("source")}</dt>
              <dd>
                <Link href={moderationTargetPath(mediation.source.type, mediation.source.id)}>{t("sourceLink", { type: mediation.source.type })}</Link>
              </dd>
            </>
          )}
        </dl>
        <p className="text-sm text-slate-800">{t("privacy")}</p>
      </div>

      {mediation.status === "closed" && (
        <section id="ergebnis" tabIndex={-1} aria-labelledby="outcome" className="flex flex-col gap-3">
          <h2 id="outcome">{t("outcomeTitle")}</h2>
          <div className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-4">
            <p className="whitespace-pre-wrap [overflow-wrap:anywhere]">{mediation.outcomeNote}</p>
            {mediation.closedAt && (
              <p className="text-sm text-slate-800">{t("closedByOn", { name: name(mediation.closedBy), date: labels.dateTime(mediation.closedAt) })}</p>
            )}
          </div>
        </section>
      )}

      <section aria-labelledby="thread" className="flex flex-col gap-3">
        <h2 id="thread">{t("threadTitle")}</h2>
        {mediation.messages.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <ol className="flex flex-col gap-3">
            {mediation.messages.map((m) => (
              <li key={m.id} className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-4">
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-800">
                  {person(m.author)}
                  <span aria-hidden="true">·</span>
                  <time dateTime={m.createdAt.toISOString()}>{labels.dateTime(m.createdAt)}</time>
                </p>
                <div className="whitespace-pre-wrap [overflow-wrap:anywhere]">{m.body}</div>
              </li>
            ))}
          </ol>
        )}
      </section>

      {mayPost ? (
        <section aria-labelledby="post" className="flex flex-col gap-3">
          <h2 id="post">{t("postTitle")}</h2>
          <MessageForm caseId={mediation.id} />
        </section>
      ) : (
        mediation.status === "closed" && <p>{t("closedNote")}</p>
      )}

      {mayClose && (
        <section aria-labelledby="close" className="flex flex-col gap-3">
          <h2 id="close">{t("closeTitle")}</h2>
          <CloseForm caseId={mediation.id} />
        </section>
      )}
    </div>
  );
}
