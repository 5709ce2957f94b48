import { useLocale, useTranslations } from "next-intl";
import { CONTENT_LOCALE } from "@/lib/i18n/config";
import { formatFileSize } from "@/lib/uploads/format";
import type { Attachment } from "@/lib/uploads/queries";

/** The largest rendering of an image, for the link and the fallback src. */
const largest = (attachment: Attachment) => attachment.variants[attachment.variants.length - 1]!;

/**
 * A thing's photos and PDF files as its public page shows them: each photo with its description and
 * the sizes the browser picks from, each PDF as a download link with its size. Nothing when empty.
 * `headingId` names its heading (several lists on one page, as in a stream of posts, need their own);
 * `heading={false}` leaves the visible heading out where the list belongs to an item of a list.
 */
export function AttachmentList({ attachments, headingId = "attachments-title", heading = true }: { attachments: readonly Attachment[]; headingId?: string; heading?: boolean }) {
  const t = useTranslations("uploads.list");
  const locale = useLocale();
  if (attachments.length === 0) return null;
  const images = attachments.filter((a) => a.kind === "image");
  const files = attachments.filter((a) => a.kind === "pdf");
  return (
    <section {...(heading ? { "aria-labelledby": headingId } : { "aria-label": t("title") })} className="flex flex-col gap-4">
      {heading && <h2 id={headingId}>{t("title")}</h2>}
      {images.length > 0 && (
        <ul className="grid gap-4 sm:grid-cols-2">
          {images.map((image) => {
            const big = largest(image);
            return (
              <li key={image.id}>
                {/* Our own route serves the re-encoded sizes; the framework's optimiser would re-read them. */}
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img
                  src={big.url}
                  srcSet={image.variants.map((v) => `${v.url} ${v.width}w`).join(", ")}
                  sizes="(min-width: 640px) 50vw, 100vw"
                  width={big.width ?? undefined}
                  height={big.height ?? undefined}
                  alt={image.altText ?? ""}
                  lang={CONTENT_LOCALE}
                  loading="lazy"
                  className="h-auto w-full rounded-md border border-slate-300"
                />
              </li>
            );
          })}
        </ul>
      )}
      {files.length > 0 && (
        <ul className="flex flex-col gap-2">
          {files.map((file) => {
            const original = largest(file);
            return (
              <li key={file.id}>
                <a href={original.url} download className="inline-flex min-h-11 items-center underline">
                  {t("download", { name: file.fileName, size: formatFileSize(original.bytes, locale) })}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
