"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type ComponentProps } from "react";
import { AnnouncementBody } from "@/components/announcements/announcement-body";
import { TextAreaField } from "@/components/ui/field";
import { previewAnnouncementAction } from "@/lib/announcements/actions";

const PREVIEW_DELAY_MS = 300;

/**
 * The Markdown textarea with a live preview beside it (below on narrow screens). The preview is
 * rendered by the server with the very function that renders the stored body, so what staff see
 * here is exactly what the page will show, and exactly as sanitised.
 */
export function MarkdownEditor({
  value,
  initialHtml,
  ...field
}: ComponentProps<typeof TextAreaField> & { value: string; initialHtml: string }) {
  const t = useTranslations("announcements.form");
  const headingId = useId();
  const [html, setHtml] = useState(initialHtml);
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);
  const rendered = useRef(value);

  useEffect(() => {
    if (value === rendered.current) return;
    const request = ++latest.current;
    const timer = setTimeout(async () => {
      const result = await previewAnnouncementAction({ body: value }).catch(() => null);
      // Answers can overtake each other: only the newest one counts.
      if (request !== latest.current) return;
      if (result?.ok) {
        rendered.current = value;
        setHtml(result.data.html);
        setFailed(false);
      } else {
        setFailed(true);
      }
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value]);

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <TextAreaField {...field} rows={18} />
      <section aria-labelledby={headingId} className="flex min-w-0 flex-col gap-2">
        <h2 id={headingId} className="font-medium text-slate-900">
          {t("preview")}
        </h2>
        <div className="min-h-32 rounded-md border border-dashed border-slate-400 bg-white p-4">
          {failed && <p className="mb-2 text-sm font-medium text-red-800">{t("previewFailed")}</p>}
          {value.trim() === "" ? <p className="text-slate-700">{t("previewEmpty")}</p> : <AnnouncementBody html={html} />}
        </div>
      </section>
    </div>
  );
}
