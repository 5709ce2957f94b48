"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, useTransition } from "react";
import { FormStatus } from "@/components/forms/form-status";
import type { FormStatus as Status } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { deleteAnnouncementAction, republishAnnouncementAction, unpublishAnnouncementAction } from "@/lib/announcements/actions";
import { editAnnouncementPath, MANAGE_PATH } from "@/lib/announcements/paths";

/** Edit, withdraw or publish again, and delete (after a confirmation that names what goes). */
export function AnnouncementControls({ id, title, withdrawn }: { id: string; title: string; withdrawn: boolean }) {
  const t = useTranslations("announcements.staffView");
  const router = useRouter();
  const confirmId = useId();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [success, setSuccess] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  // Button takes no ref (ButtonHTMLAttributes): the id finds it to give focus back.
  const deleteButtonId = useId();
  const confirmHeading = useRef<HTMLHeadingElement>(null);

  const run = (action: () => Promise<{ ok: true } | { ok: false; error: Extract<Status, { kind: "error" }>["error"] }>, done: () => void) => {
    setStatus({ kind: "idle" });
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        setStatus({ kind: "error", error: result.error });
        return;
      }
      done();
    });
  };

  const toggle = () =>
    run(
      () => (withdrawn ? republishAnnouncementAction({ id }) : unpublishAnnouncementAction({ id })),
      () => {
        setSuccess(withdrawn ? t("republished") : t("unpublished"));
        setStatus({ kind: "success" });
        router.refresh();
      },
    );

  const remove = () => run(() => deleteAnnouncementAction({ id }), () => router.push(`${MANAGE_PATH}?geloescht=1`));

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-4">
        <Link
          href={editAnnouncementPath(id)}
          className="rounded-md bg-blue-800 px-4 py-2 font-medium text-white no-underline hover:bg-blue-900 hover:text-white"
        >
          {t("edit")}
        </Link>
        <Button type="button" variant="secondary" pending={pending} onClick={toggle}>
          {withdrawn ? t("republish") : t("unpublish")}
        </Button>
        <Button
          id={deleteButtonId}
          type="button"
          variant="danger"
          aria-expanded={confirming}
          aria-controls={confirmId}
          onClick={() => {
            setConfirming(true);
            // Once the confirmation is rendered, move there, so keyboard and screen reader users land on it.
            requestAnimationFrame(() => confirmHeading.current?.focus());
          }}
        >
          {t("delete")}
        </Button>
      </div>
      {!withdrawn && <p className="text-sm text-slate-700">{t("unpublishHint")}</p>}
      <div id={confirmId} hidden={!confirming} className="flex flex-col gap-3 rounded-md border border-red-800 bg-red-50 p-4">
        <h3 ref={confirmHeading} tabIndex={-1} className="font-semibold text-red-900">
          {t("deleteTitle")}
        </h3>
        <p>{t("deleteConfirm", { title })}</p>
        <div className="flex flex-wrap gap-4">
          <Button type="button" variant="danger" pending={pending} onClick={remove}>
            {t("deleteYes")}
          </Button>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setConfirming(false);
              document.getElementById(deleteButtonId)?.focus();
            }}
          >
            {t("deleteNo")}
          </Button>
        </div>
      </div>
      <FormStatus status={status} success={success} />
    </div>
  );
}
