import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { concernPath } from "@/lib/concerns/paths";
import { ideaPath } from "@/lib/ideas/paths";
import type { ConcernHit, IdeaHit } from "@/lib/search/participation";
import type { EventHit, PostHit, SpaceHit } from "@/lib/search/spaces";
import { spaceEventPath, spacePath, spacePostPath } from "@/lib/spaces/paths";
import { HighlightedText } from "./highlighted-text";
import { timeTag } from "./search-results";

/** One hit: a linked heading, a line of facts and the highlighted excerpt. */
function Hit({ href, heading, meta, snippet }: { href: string; heading: ReactNode; meta: ReactNode; snippet: string }) {
  return (
    <li className="flex flex-col gap-1 rounded-lg border border-slate-300 bg-white p-4">
      <h3 className="text-lg font-semibold">
        <Link href={href}>{heading}</Link>
      </h3>
      <p className="flex flex-wrap gap-x-3 text-sm text-slate-700">{meta}</p>
      <p className="[overflow-wrap:anywhere]">
        <HighlightedText text={snippet} />
      </p>
    </li>
  );
}

/** Concerns and ideas: a status, a locality, when filed, and how many stand behind it. */
function StatusHits<H extends { id: string; title: string; snippet: string; localityName: string | null; createdAt: Date }>({
  hits,
  href,
  status,
  support,
}: {
  hits: H[];
  href: (id: string) => string;
  status: (hit: H) => string;
  support: (hit: H) => string;
}) {
  const t = useTranslations("announcements.search");
  return (
    <ol className="flex flex-col gap-4">
      {hits.map((hit) => (
        <Hit
          key={hit.id}
          href={href(hit.id)}
          heading={<HighlightedText text={hit.title} />}
          snippet={hit.snippet}
          meta={
            <>
              <span>{t("statusLabel", { status: status(hit) })}</span>
              {hit.localityName && <span>{hit.localityName}</span>}
              <span>{t.rich("filed", { date: hit.createdAt, time: timeTag(hit.createdAt) })}</span>
              <span>{support(hit)}</span>
            </>
          }
        />
      ))}
    </ol>
  );
}

export function ConcernHits({ hits }: { hits: ConcernHit[] }) {
  const t = useTranslations("announcements.search");
  const tStatus = useTranslations("concerns.status");
  return <StatusHits hits={hits} href={concernPath} status={(hit) => tStatus(hit.status)} support={(hit) => t("cosigns", { count: hit.cosignCount })} />;
}

export function IdeaHits({ hits }: { hits: IdeaHit[] }) {
  const t = useTranslations("announcements.search");
  const tStatus = useTranslations("ideas.status");
  return <StatusHits hits={hits} href={ideaPath} status={(hit) => tStatus(hit.status)} support={(hit) => t("supports", { count: hit.supportCount })} />;
}

export function SpaceHits({ hits }: { hits: SpaceHit[] }) {
  const t = useTranslations("announcements.search");
  return (
    <ol className="flex flex-col gap-4">
      {hits.map((hit) => (
        <Hit key={hit.id} href={spacePath(hit.id)} heading={<HighlightedText text={hit.title} />} snippet={hit.snippet} meta={<span>{t(`visibility.${hit.visibility}`)}</span>} />
      ))}
    </ol>
  );
}

export function PostHits({ hits }: { hits: PostHit[] }) {
  const t = useTranslations("announcements.search");
  return (
    <ol className="flex flex-col gap-4">
      {hits.map((hit) => (
        <Hit
          key={hit.id}
          href={spacePostPath(hit.spaceId, hit.id)}
          heading={t("postIn", { space: hit.spaceName })}
          snippet={hit.snippet}
          meta={<span>{t.rich("commentMeta", { name: hit.authorName ?? t("deletedMember"), date: hit.createdAt, time: timeTag(hit.createdAt) })}</span>}
        />
      ))}
    </ol>
  );
}

export function EventHits({ hits }: { hits: EventHit[] }) {
  const t = useTranslations("announcements.search");
  return (
    <ol className="flex flex-col gap-4">
      {hits.map((hit) => (
        <Hit
          key={hit.id}
          href={spaceEventPath(hit.spaceId, hit.id)}
          heading={<HighlightedText text={hit.title} />}
          snippet={hit.snippet}
          meta={
            <>
              <span>{t.rich("eventMeta", { date: hit.startsAt, place: hit.place, time: timeTag(hit.startsAt) })}</span>
              <span>{t("inSpace", { space: hit.spaceName })}</span>
            </>
          }
        />
      ))}
    </ol>
  );
}
