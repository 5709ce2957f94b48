"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { findSimilarIdeasAction } from "@/lib/ideas/actions";
import { ideaPath } from "@/lib/ideas/paths";
import type { SimilarIdea } from "@/lib/ideas/queries";

const PAUSE_MS = 400;

/**
 * While the title is typed: existing ideas that may already say the same, asked once typing pauses.
 * A polite live region, so a screen reader hears how many were found without losing its place.
 */
export function SimilarIdeas({ title }: { title: string }) {
  const t = useTranslations("ideas.form");
  const tStatus = useTranslations("ideas.status");
  const [found, setFound] = useState<{ for: string; ideas: SimilarIdea[] } | null>(null);
  const latest = useRef(0);
  const query = title.trim();

  useEffect(() => {
    if (query.length < 3) return;
    const ask = ++latest.current;
    const timer = setTimeout(async () => {
      const result = await findSimilarIdeasAction({ title: query }).catch(() => null);
      // An answer to an older title is dropped: only the newest question counts.
      if (ask === latest.current && result?.ok) setFound({ for: query, ideas: result.data.ideas });
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const ideas = query.length >= 3 && found ? found.ideas : [];
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-2">
      {ideas.length > 0 && (
        <div className="rounded-lg border border-amber-700 bg-amber-50 p-4">
          <p className="font-medium">{t("similarTitle", { count: ideas.length })}</p>
          <ul className="mt-2 flex list-disc flex-col gap-1 pl-6">
            {ideas.map((idea) => (
              <li key={idea.id}>
                <Link href={ideaPath(idea.id)} target="_blank">
                  {idea.title}
                </Link>{" "}
                <span className="text-sm text-slate-700">({t("similarMeta", { status: tStatus(idea.status), count: idea.supportCount })})</span>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm">{t("similarHint")}</p>
        </div>
      )}
    </div>
  );
}
