import { CONTENT_LOCALE } from "@/lib/i18n/config";

/**
 * An announcement's body. `html` must be the output of renderAnnouncementBody (lib/announcements/render.ts):
 * sanitised to a small allowlist on the server, so it is safe to insert as markup.
 */
export function AnnouncementBody({ html, className = "" }: { html: string; className?: string }) {
  return (
    <div
      lang={CONTENT_LOCALE}
      className={`flex max-w-2xl flex-col gap-4 [overflow-wrap:anywhere] [&_blockquote]:border-l-4 [&_blockquote]:border-slate-400 [&_blockquote]:pl-4 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_h2]:mt-2 [&_h3]:mt-2 [&_h3]:text-lg [&_h3]:font-semibold [&_h4]:font-semibold [&_hr]:border-slate-300 [&_img]:max-w-full [&_ol]:list-decimal [&_ol]:pl-6 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-100 [&_pre]:p-3 [&_table]:border-collapse [&_td]:border [&_td]:border-slate-300 [&_td]:px-2 [&_td]:py-1 [&_th]:border [&_th]:border-slate-300 [&_th]:bg-slate-100 [&_th]:px-2 [&_th]:py-1 [&_ul]:list-disc [&_ul]:pl-6 ${className}`}
      // Safe by construction: the HTML was sanitised with sanitize-html before it was stored.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
