"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FormStatus } from "@/components/forms/form-status";
import type { FormStatus as Status } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { removeUploadAction } from "@/lib/uploads/actions";
import { formatFileSize } from "@/lib/uploads/format";
import type { Attachment } from "@/lib/uploads/queries";
import { UploadForm } from "./upload-form";

/** A thing's files for those who may change it: what is attached (each removable), and a form for one more. */
export function AttachmentManager({
  ownerType,
  ownerId,
  attachments,
  headingId = "attachments-manager-title",
  intro,
}: {
  ownerType: string;
  ownerId: string;
  attachments: readonly Attachment[];
  /** Its own heading id where a page has several (one per post). */
  headingId?: string;
  /** A sentence about who will see the files, above the general one. */
  intro?: string;
}) {
  const t = useTranslations("uploads.manager");
  const locale = useLocale();
  const router = useRouter();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [pending, startTransition] = useTransition();

  const remove = (id: string) => {
    setStatus({ kind: "idle" });
    startTransition(async () => {
      const result = await removeUploadAction({ id }).catch(() => ({ ok: false as const, error: "internal" as const }));
      if (!result.ok) return setStatus({ kind: "error", error: result.error });
      setStatus({ kind: "success" });
      router.refresh();
    });
  };

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id={headingId}>{t("title")}</h2>
      {intro && <p>{intro}</p>}
      <p>{t("intro")}</p>
      <h3>{t("current")}</h3>
      {attachments.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {attachments.map((attachment) => {
            const smallest = attachment.variants[0]!;
            const name = attachment.kind === "image" ? (attachment.altText ?? attachment.fileName) : `${attachment.fileName}.pdf`;
            return (
              <li key={attachment.id} className="flex flex-wrap items-center gap-3">
                {attachment.kind === "image" ? (
                  // eslint-disable-next-line @next/next/no-img-element
                  <img src={smallest.url} alt={attachment.altText ?? ""} width={96} height={Math.round(96 * ((smallest.height ?? 1) / (smallest.width ?? 1)))} className="rounded border border-slate-300" />
                ) : (
                  <a href={smallest.url} download className="inline-flex min-h-11 items-center underline">
                    {`${attachment.fileName}.pdf (${formatFileSize(smallest.bytes, locale)})`}
                  </a>
                )}
                <Button type="button" variant="secondary" className="min-h-11" pending={pending} aria-label={t("removeLabel", { name })} onClick={() => remove(attachment.id)}>
                  {t("remove")}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <FormStatus status={status} success={t("removed")} />
      <UploadForm ownerType={ownerType} ownerId={ownerId} />
    </section>
  );
}
