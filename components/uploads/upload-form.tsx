"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, useTransition, type FormEvent } from "react";
import { FormStatus } from "@/components/forms/form-status";
import type { FormStatus as Status } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/action/result";
import { attachUploadAction } from "@/lib/uploads/actions";
import { ACCEPTED_FILE_TYPES } from "@/lib/uploads/limits";
import { attachUploadSchema } from "@/lib/uploads/schemas";

const controlClass =
  "w-full min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900 file:mr-3 file:min-h-9 file:rounded file:border-0 file:bg-slate-200 file:px-3 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-amber-500 aria-[invalid=true]:border-red-800";

/**
 * Uploads one photo or PDF to a thing (ownerType/ownerId name it for its owner adapter). The server
 * decides what the file is; its errors land next to the field, and nothing typed is lost on an error.
 */
export function UploadForm({ ownerType, ownerId }: { ownerType: string; ownerId: string }) {
  const t = useTranslations("uploads.manager");
  const message = useFieldErrorMessage("uploads");
  const router = useRouter();
  const fileId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [pending, startTransition] = useTransition();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const checked = attachUploadSchema.safeParse(Object.fromEntries(data));
    setStatus({ kind: "idle" });
    if (!checked.success) {
      setErrors(Object.fromEntries(checked.error.issues.map((issue) => [String(issue.path[0]), [issue.message]])));
      return;
    }
    setErrors({});
    startTransition(async () => {
      try {
        const result = await attachUploadAction(data);
        if (!result.ok) {
          setErrors(result.fieldErrors ?? {});
          setStatus({ kind: "error", error: result.error, params: result.params });
          return;
        }
      } catch {
        setStatus({ kind: "error", error: "internal" });
        return;
      }
      form.current?.reset();
      setStatus({ kind: "success" });
      router.refresh();
    });
  };

  const fileError = message(errors.file?.[0]);
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t("title")}>
      <input type="hidden" name="ownerType" value={ownerType} />
      <input type="hidden" name="ownerId" value={ownerId} />
      <div className="flex flex-col gap-1">
        <label htmlFor={fileId} className="font-medium text-slate-900">
          {t("file")}
        </label>
        <p id={`${fileId}-hint`} className="text-sm text-slate-700">
          {t("fileHint")}
        </p>
        <input
          id={fileId}
          name="file"
          type="file"
          accept={ACCEPTED_FILE_TYPES}
          aria-invalid={Boolean(fileError)}
          aria-describedby={`${fileId}-hint${fileError ? ` ${fileId}-error` : ""}`}
          className={controlClass}
        />
        {fileError && (
          <p id={`${fileId}-error`} className="text-sm font-medium text-red-800">
            {fileError}
          </p>
        )}
      </div>
      <TextAreaField name="altText" label={t("altText")} description={t("altTextHint")} rows={2} error={errors.altText?.[0] ? message(errors.altText[0]) : undefined} />
      <div>
        <Button type="submit" pending={pending} className="min-h-11">
          {t("submit")}
        </Button>
      </div>
      <FormStatus status={status} success={t("uploaded")} />
    </form>
  );
}
