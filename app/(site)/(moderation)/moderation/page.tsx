import type { Metadata } from "next";
import { FilterForm } from "@/components/forms/filter-form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getConductLabels, excerpt, type ConductLabels } from "@/components/moderation/labels";
import { ModerationPageHeader } from "@/components/moderation/moderation-nav";
import { PersonName } from "@/components/moderation/person-name";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { PaginationLinks } from "@/components/ui/pagination-links";
import { reportReasons } from "@/db/schema/moderation";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { MODERATION_PATH, moderationTargetPath } from "@/lib/moderation/paths";
import { listQueue, QUEUE_STATES, type QueueItem, type QueueState } from "@/lib/moderation/queue/list-queue";
import type { ReportReason } from "@/lib/moderation/types";
import { firstParam, hrefWith, type SearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("areas.moderation"))("title") };
}

const isQueueState = (value: string | undefined): value is QueueState => QUEUE_STATES.includes(value as QueueState);
const isReason = (value: string | undefined): value is ReportReason => reportReasons.includes(value as ReportReason);

/** The moderators' start: the report queue, grouped by target, oldest first. */
export default async function ModerationQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageAccess("moderation.queue.read");
  const params = await searchParams;
  const rawState = firstParam(params.state);
  const rawReason = firstParam(params.reason);
  const state: QueueState = isQueueState(rawState) ? rawState : "unclaimed";
  const reason = isReason(rawReason) ? rawReason : undefined;
  const after = firstParam(params.after);

  const [tArea, t, tCommon, labels, page] = await Promise.all([
    getTranslations("areas.moderation"),
    getTranslations("moderation.queue"),
    getTranslations("common.pagination"),
    getConductLabels(),
    listQueue({ state, reason, after }),
  ]);
  const filtered = state !== "unclaimed" || Boolean(reason);
  const stateParam = state === "unclaimed" ? undefined : state;

  return (
    <div className="flex flex-col gap-10">
      <ModerationPageHeader title={tArea("title")} current="reports" intro={tArea("intro")} />

      <section aria-labelledby="queue" className="flex flex-col gap-4">
        <h2 id="queue">{t("title")}</h2>
        <p>{t("intro")}</p>
        {/* Keyed by the choice, so the fields show the current one after "reset" too. */}
        <FilterForm
          key={`${state}|${reason ?? ""}`}
          action={MODERATION_PATH}
          role="search"
          aria-label={t("filterLabel")}
          className="flex flex-col gap-4 sm:flex-row sm:items-end"
        >
          <div className="sm:w-80">
            <SelectField label={t("state")} name="state" defaultValue={state}>
              {QUEUE_STATES.map((value) => (
                <option key={value} value={value}>
                  {t(`states.${value}`)}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="sm:w-72">
            <SelectField label={t("reason")} name="reason" defaultValue={reason ?? ""}>
              <option value="">{t("allReasons")}</option>
              {reportReasons.map((value) => (
                <option key={value} value={value}>
                  {labels.reason(value)}
                </option>
              ))}
            </SelectField>
          </div>
          <div>
            <Button type="submit">{t("submit")}</Button>
          </div>
        </FilterForm>
        {filtered && (
          <p>
            <Link href={MODERATION_PATH}>{t("reset")}</Link>
          </p>
        )}

        {page.items.length === 0 ? (
          <p>{reason ? t("emptyFiltered", { reason: labels.reason(reason) }) : t(`empty.${state}`)}</p>
        ) : (
          <ol
            aria-label={t("listLabel", { state: t(`states.${state}`), order: state === "resolved" ? t("newestFirst") : t("oldestFirst") })}
            className="flex flex-col gap-3"
          >
            {page.items.map((item) => (
              <QueueEntry key={`${item.type}:${item.id}:${item.decision?.id ?? ""}`} item={item} labels={labels} viewerId={actor.id} />
            ))}
          </ol>
        )}
        <PaginationLinks
          label={t("pagination")}
          nextHref={page.nextCursor ? hrefWith(MODERATION_PATH, { state: stateParam, reason, after: page.nextCursor }) : null}
          nextLabel={tCommon("next")}
          firstHref={after ? hrefWith(MODERATION_PATH, { state: stateParam, reason }) : null}
          firstLabel={tCommon("first")}
        />
      </section>
    </div>
  );
}

/** What a queue entry is called: the type and a few words of the text, the member's name, or that it is gone. */
function entryTitle(item: QueueItem, labels: ConductLabels, gone: string) {
  const type = labels.targetType(item.type);
  if (!item.target) return { type, text: gone };
  if (item.target.type === "user") {
    const person = item.target.author;
    return { type, text: [person?.displayName, person?.username && `@${person.username}`].filter(Boolean).join(" ") };
  }
  // An announcement's text is its title, a blank line and its summary: the title names it.
  const text = item.target.type === "announcement" ? (item.target.text ?? "").split("\n\n")[0]! : (item.target.text ?? "");
  return { type, text: excerpt(text, 120) };
}

async function QueueEntry({ item, labels, viewerId }: { item: QueueItem; labels: ConductLabels; viewerId: string }) {
  const t = await getTranslations("moderation.queue");
  const title = entryTitle(item, labels, t("gone"));
  const resolved = item.decision !== null;
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-4">
      <h3 className="text-lg font-semibold">
        <Link href={moderationTargetPath(item.type, item.id)}>{t("itemTitle", { type: title.type, excerpt: title.text })}</Link>
      </h3>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t("reportCount")}</dt>
        <dd>{item.reportCount}</dd>
        <dt className="font-medium">{t("reasons")}</dt>
        <dd>{item.reasons.map((r) => labels.reason(r)).join(" · ")}</dd>
        <dt className="font-medium">{resolved ? t("decidedAt") : t("since")}</dt>
        <dd>
          <time dateTime={item.since.toISOString()}>{labels.dateTime(item.since)}</time>
        </dd>
        {item.decision && (
          <>
            <dt className="font-medium">{t("decision")}</dt>
            <dd>{item.decision.reversed ? t("reversed", { kind: labels.kind(item.decision.kind) }) : labels.kind(item.decision.kind)}</dd>
          </>
        )}
        <dt className="font-medium">{resolved ? t("decidedBy") : t("claimedBy")}</dt>
        <dd>
          {item.claimedBy ? (
            <PersonName person={item.claimedBy} fallback={t("unknownPerson")} viewerId={viewerId} youLabel={t("you")} withUsername={false} />
          ) : resolved ? (
            t("unknownPerson")
          ) : (
            t("nobody")
          )}
        </dd>
      </dl>
    </li>
  );
}
