"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { addCatalogEntryAction } from "@/lib/district/actions";
import type { CatalogKind } from "@/lib/district/queries";
import { addCatalogEntrySchema } from "@/lib/district/schemas";

/** Adds an entry at the end of the list. */
export function AddEntryForm({ kind, title, label, submitLabel }: { kind: CatalogKind; title: string; label: string; submitLabel: string }) {
  const t = useTranslations("district.settings.catalog");
  const router = useRouter();
  const [added, setAdded] = useState<string | null>(null);
  const { form, onSubmit, status, pending } = useActionForm({
    schema: addCatalogEntrySchema,
    action: addCatalogEntryAction,
    defaultValues: { kind, name: "" },
    onSuccess: () => {
      setAdded(form.getValues("name").trim());
      form.reset({ kind, name: "" });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={title} className="flex flex-col gap-2 rounded-md border border-slate-300 bg-slate-50 p-3">
      <TextField label={label} error={form.formState.errors.name?.message} {...form.register("name")} />
      <div>
        <Button type="submit" pending={pending}>
          {submitLabel}
        </Button>
      </div>
      <FormStatus status={status} success={added && t("added", { name: added })} />
    </form>
  );
}
