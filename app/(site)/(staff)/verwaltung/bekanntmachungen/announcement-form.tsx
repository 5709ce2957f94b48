"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { useWatch, type UseFormRegisterReturn } from "react-hook-form";
import { FormStatus } from "@/components/forms/form-status";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { createAnnouncementAction, updateAnnouncementAction } from "@/lib/announcements/actions";
import { staffAnnouncementPath } from "@/lib/announcements/paths";
import { announcementFormSchema } from "@/lib/announcements/schemas";
import { MarkdownEditor } from "./markdown-editor";

interface Choice {
  id: number;
  name: string;
}

/** The form's starting values, as its fields hold them (ids as strings, dates as datetime-local values). */
export interface AnnouncementFormDefaults {
  title: string;
  summary: string;
  body: string;
  wholeDistrict: boolean;
  localityIds: string[];
  topicIds: string[];
  departmentId: string;
  publishAt: string;
  /** When editing: the stored publication time, which may stay even once it has passed. */
  keptPublishAt?: string;
  expiresAt: string;
  commentsEnabled: boolean;
}

/**
 * Compose and edit an announcement. One schema (announcementFormSchema) checks the fields here and
 * again in the action; nothing typed is lost when the server refuses.
 */
export function AnnouncementForm({
  announcementId,
  defaults,
  initialHtml,
  localities,
  topics,
  departments,
  cancelHref,
}: {
  /** Set when editing; absent when composing a new one. */
  announcementId?: string;
  defaults: AnnouncementFormDefaults;
  initialHtml: string;
  localities: Choice[];
  topics: Choice[];
  departments: Choice[];
  cancelHref: string;
}) {
  const t = useTranslations("announcements.form");
  const errorMessage = useFieldErrorMessage("announcements");
  const router = useRouter();
  const { form, onSubmit, status, pending } = useActionForm({
    schema: announcementFormSchema,
    action: (values) => (announcementId ? updateAnnouncementAction({ ...values, id: announcementId }) : createAnnouncementAction(values)),
    defaultValues: defaults,
    onSuccess: ({ id }) => router.push(`${staffAnnouncementPath(id)}?gespeichert=1`),
  });
  const errors = form.formState.errors;
  const [body, wholeDistrict] = useWatch({ control: form.control, name: ["body", "wholeDistrict"] });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <TextField label={t("title")} description={t("titleHint")} error={errorMessage(errors.title?.message)} {...form.register("title")} />
      <TextAreaField
        label={t("summary")}
        description={t("summaryHint")}
        error={errorMessage(errors.summary?.message)}
        {...form.register("summary")}
      />
      <MarkdownEditor
        label={t("body")}
        description={t("bodyHint")}
        error={errorMessage(errors.body?.message)}
        value={body ?? ""}
        initialHtml={initialHtml}
        {...form.register("body")}
      />

      <CheckboxGroup legend={t("where")} hint={t("whereHint")} error={errorMessage(errors.localityIds?.message)}>
        <CheckboxField label={t("wholeDistrict")} {...form.register("wholeDistrict")} />
        {/* Whole-district announcements concern every locality: the single ones do not apply then. */}
        <fieldset disabled={Boolean(wholeDistrict)} className="disabled:opacity-60">
          <Choices choices={localities} register={form.register("localityIds")} />
        </fieldset>
      </CheckboxGroup>

      <CheckboxGroup legend={t("topics")} hint={t("topicsHint")} error={errorMessage(errors.topicIds?.message)}>
        <Choices choices={topics} register={form.register("topicIds")} />
      </CheckboxGroup>

      <SelectField label={t("department")} error={errorMessage(errors.departmentId?.message)} {...form.register("departmentId")}>
        <option value="">{t("departmentPlaceholder")}</option>
        {departments.map((d) => (
          <option key={d.id} value={String(d.id)}>
            {d.name}
          </option>
        ))}
      </SelectField>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 font-medium text-slate-900">{t("timing")}</legend>
        <input type="hidden" {...form.register("keptPublishAt")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            type="datetime-local"
            label={t("publishAt")}
            description={t("publishAtHint")}
            error={errorMessage(errors.publishAt?.message)}
            {...form.register("publishAt")}
          />
          <TextField
            type="datetime-local"
            label={t("expiresAt")}
            description={t("expiresAtHint")}
            error={errorMessage(errors.expiresAt?.message)}
            {...form.register("expiresAt")}
          />
        </div>
      </fieldset>

      <CheckboxField label={t("commentsEnabled")} {...form.register("commentsEnabled")} />

      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" pending={pending}>
          {announcementId ? t("submitEdit") : t("submitNew")}
        </Button>
        <Link href={cancelHref}>{t("cancel")}</Link>
      </div>
      <FormStatus status={status} success={t("saved")} />
    </form>
  );
}

/** A group of checkboxes with its legend, hint and one error for the whole group. */
function CheckboxGroup({ legend, hint, error, children }: { legend: string; hint: string; error?: string; children: ReactNode }) {
  const id = useId();
  return (
    <fieldset aria-describedby={[`${id}-hint`, error ? `${id}-error` : ""].filter(Boolean).join(" ")} className="flex flex-col gap-2">
      <legend className="font-medium text-slate-900">{legend}</legend>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {hint}
      </p>
      {children}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function Choices({ choices, register }: { choices: Choice[]; register: UseFormRegisterReturn }) {
  return (
    <ul className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2 md:grid-cols-3">
      {choices.map((choice) => (
        <li key={choice.id}>
          <label className="flex items-start gap-2">
            <input type="checkbox" value={String(choice.id)} className="mt-1 size-5 accent-blue-800" {...register} />
            <span>{choice.name}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
